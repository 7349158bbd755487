-- Version 9: assessments made in the clinic. Who assessed (the practitioner's email and practice, kept as text so the
-- record still says it when that account is gone), and a clearance given by that practitioner as the clinician, with
-- the day. A practitioner's assessment in progress is kept per practitioner and client, apart from the client's own draft.
ALTER TABLE assessment ADD COLUMN assessed_by VARCHAR(400);
ALTER TABLE assessment ADD COLUMN cleared_by VARCHAR(400);
ALTER TABLE assessment ADD COLUMN cleared_on VARCHAR(10);

CREATE TABLE clinic_draft (
    practitioner_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    client_id       VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    step            VARCHAR(32) NOT NULL,
    answers_json    TEXT        NOT NULL,
    updated_at      VARCHAR(24) NOT NULL,
    PRIMARY KEY (practitioner_id, client_id)
);
