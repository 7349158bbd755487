-- Version 10: a practitioner's changes to a client's program, kept apart from the generated plan and applied to it
-- wherever the rules allow (one change per exercise and side; a newer one replaces it), and the practice's note to the
-- client. When the client ends the practice's access, its changes stop applying (they are joined through the link).
CREATE TABLE program_adjustment (
    id           VARCHAR(36)  PRIMARY KEY,
    client_id    VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    practice_id  VARCHAR(36)  NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    made_by      VARCHAR(254) NOT NULL,
    kind         VARCHAR(8)   NOT NULL CHECK (kind IN ('dose', 'remove', 'add')),
    item_id      VARCHAR(64)  NOT NULL,
    side         VARCHAR(8)   NOT NULL,
    sets         INTEGER,
    reps         INTEGER,
    hold_seconds INTEGER,
    made_at      VARCHAR(24)  NOT NULL,
    UNIQUE (client_id, practice_id, item_id, side)
);

CREATE TABLE client_note (
    practice_id VARCHAR(36)   NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    client_id   VARCHAR(36)   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    text        VARCHAR(2000) NOT NULL,
    written_by  VARCHAR(254)  NOT NULL,
    written_at  VARCHAR(24)   NOT NULL,
    PRIMARY KEY (practice_id, client_id)
);

-- The practice's own notes about a client: never shown to the client (who sees that they were written, in the access log).
CREATE TABLE practitioner_note (
    practice_id VARCHAR(36)   NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    client_id   VARCHAR(36)   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    text        VARCHAR(4000) NOT NULL,
    written_by  VARCHAR(254)  NOT NULL,
    written_at  VARCHAR(24)   NOT NULL,
    PRIMARY KEY (practice_id, client_id)
);

-- A practice's program templates: a client's program saved under a name, applied to another client as changes (each
-- where that client's rules allow it).
CREATE TABLE program_template (
    id          VARCHAR(36)  PRIMARY KEY,
    practice_id VARCHAR(36)  NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    name        VARCHAR(120) NOT NULL,
    made_by     VARCHAR(254) NOT NULL,
    made_at     VARCHAR(24)  NOT NULL
);
CREATE INDEX program_template_by_practice ON program_template (practice_id, name);

CREATE TABLE program_template_item (
    template_id  VARCHAR(36) NOT NULL REFERENCES program_template (id) ON DELETE CASCADE,
    position     INTEGER     NOT NULL,
    item_id      VARCHAR(64) NOT NULL,
    side         VARCHAR(8)  NOT NULL,
    sets         INTEGER     NOT NULL,
    reps         INTEGER,
    hold_seconds INTEGER,
    PRIMARY KEY (template_id, position)
);
