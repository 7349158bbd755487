package org.psoascoach.account;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What an account is for: a person on their own, a movement professional, or a professional's client. */
public enum AccountRole {
    PERSON("person"), PRACTITIONER("practitioner"), CLIENT("client");

    private final String id;

    AccountRole(String id) { this.id = id; }

    public String id() { return id; }

    private static final AccountRole[] ALL = values(); // values() copies the array on every call; this runs per request

    public static AccountRole fromId(String id) {
        for (AccountRole role : ALL) if (role.id.equals(id)) return role;
        return null;
    }

    public static String allowedIds() { return Arrays.stream(values()).map(AccountRole::id).collect(Collectors.joining(", ")); }
}
