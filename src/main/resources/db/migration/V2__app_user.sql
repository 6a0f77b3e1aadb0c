-- Staff and system accounts. utility: a UtilityService name (utility staff only);
-- department: a casefile.api.Department name (approval-department staff only).
CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(32)  NOT NULL,
    organisation  VARCHAR(200) NOT NULL,
    utility       VARCHAR(32),
    department    VARCHAR(64),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT utility_staff_has_utility CHECK (role <> 'UTILITY_STAFF' OR utility IS NOT NULL),
    CONSTRAINT approval_staff_has_department CHECK (role <> 'APPROVAL_STAFF' OR department IS NOT NULL)
);
