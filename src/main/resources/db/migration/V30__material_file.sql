-- Materials (材料清单, 附件4). The bytes are files in the material store (lianbao.materials.dir), one file per
-- distinct content, named by its SHA-256; which case holds which material is in the event store (MaterialAttached).

-- Every file the store holds: written by MaterialStore when an upload has been streamed to disk. Kept for good.
CREATE TABLE material_file (
    sha256        CHAR(64)     PRIMARY KEY,
    size          BIGINT       NOT NULL CHECK (size > 0),
    -- the name it had when first uploaded (each case keeps its own file name in its event)
    original_name TEXT,
    content_type  TEXT,
    stored_at     TIMESTAMPTZ  NOT NULL
);

-- Projection (processing group "materials", MaterialsProjection): the materials of every case with the
-- builder's credit code and the project code, so that intake can offer what is already on file for the same
-- builder or project (关联历史数据). Disposable: a replay truncates both tables and rebuilds them.
CREATE TABLE material_case (
    case_number   VARCHAR(40)  PRIMARY KEY,
    credit_code   VARCHAR(18),
    project_code  TEXT,
    accepted_on   DATE         NOT NULL
);

CREATE INDEX material_case_credit_code ON material_case (credit_code);
CREATE INDEX material_case_project_code ON material_case (project_code);

CREATE TABLE case_material (
    case_number      VARCHAR(40)  NOT NULL,
    -- the event's sequence number in its case: the order materials were handed in, and the replay guard
    sequence_number  BIGINT       NOT NULL,
    material_type    VARCHAR(40)  NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    file_name        TEXT         NOT NULL,
    size             BIGINT       NOT NULL,
    attached_on      DATE         NOT NULL,
    reused_from_case VARCHAR(40),
    PRIMARY KEY (case_number, sequence_number)
);

CREATE INDEX case_material_sha256 ON case_material (sha256);
