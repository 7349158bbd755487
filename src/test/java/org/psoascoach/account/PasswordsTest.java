package org.psoascoach.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTest {
    @Test
    void aNewHashIsArgon2idAtOwaspsMinimumWithItsOwnSaltAndMatchesOnlyItsPassword() {
        String first = Passwords.hash("a long enough secret");
        String second = Passwords.hash("a long enough secret");

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second); // a fresh salt each time
        assertThat(Passwords.matches("a long enough secret", first)).isTrue();
        assertThat(Passwords.matches("a long enough secret", second)).isTrue();
        assertThat(Passwords.matches("A long enough secret", first)).isFalse();
        assertThat(Passwords.matches("a long enough secret ", first)).isFalse();
    }

    @Test
    void storedHashesKeepMatchingTheirPasswords() {
        // written by an earlier build (the same library and cost); a sign-up's hash must outlive upgrades
        assertThat(Passwords.matches("a long enough secret",
                "$argon2id$v=19$m=19456,t=2,p=1$1VQCTk7bz9y1mt2LQUwb3g$jbNHE98Ve5bOL+5kRZ3bbO+/cHQ23qJrZd/rYliadas")).isTrue();
        assertThat(Passwords.matches("çå∂ ünïcode pässwörd",
                "$argon2id$v=19$m=19456,t=2,p=1$8beAyM25P1tYarfF7OABwg$HBSlMt9yGmXo/THv4+nYhlICjRMdZlTfOV9vw0whuzs")).isTrue();
        assertThat(Passwords.matches("cunicode pässwörd",
                "$argon2id$v=19$m=19456,t=2,p=1$8beAyM25P1tYarfF7OABwg$HBSlMt9yGmXo/THv4+nYhlICjRMdZlTfOV9vw0whuzs")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "a long enough secret",
            "$argon2i$v=19$m=19456,t=2,p=1$1VQCTk7bz9y1mt2LQUwb3g$jbNHE98Ve5bOL+5kRZ3bbO+/cHQ23qJrZd/rYliadas",   // not Argon2id
            "$argon2id$v=16$m=19456,t=2,p=1$1VQCTk7bz9y1mt2LQUwb3g$jbNHE98Ve5bOL+5kRZ3bbO+/cHQ23qJrZd/rYliadas",  // an older version
            "$argon2id$v=19$m=4194304,t=2,p=1$1VQCTk7bz9y1mt2LQUwb3g$jbNHE98Ve5bOL+5kRZ3bbO+/cHQ23qJrZd/rYliadas", // 4 GiB of memory
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",              // a valid hash at another cost
            "$argon2id$v=19$m=19456,t=99,p=1$1VQCTk7bz9y1mt2LQUwb3g$jbNHE98Ve5bOL+5kRZ3bbO+/cHQ23qJrZd/rYliadas",  // 99 passes
            "$argon2id$v=19$m=19456,t=2,p=1$1VQCTk7bz9y1mt2LQUwb3g$jbNHE98Ve5bOL+5kRZ3bbO+/cHQ23qJrZd/rYliada",    // a hash cut short
            "$argon2id$v=19$m=19456,t=2,p=1$1VQCTk7bz9y1mt2LQUwb3g$jbNHE98Ve5bOL+5kRZ3bbO+/cHQ23qJrZd/rYliadas$", // something after the hash
    })
    void anythingButAnArgon2idHashAtThisAppsCostMatchesNoPasswordAndThrowsNothing(String stored) {
        assertThat(Passwords.matches("a long enough secret", stored)).isFalse();
        assertThat(Passwords.matches("password", stored)).isFalse();
    }

    @Test
    void noStoredHashMatchesNothing() {
        assertThat(Passwords.matches("a long enough secret", null)).isFalse();
    }
}
