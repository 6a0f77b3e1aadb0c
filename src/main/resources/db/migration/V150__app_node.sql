-- The application nodes running on this database (cn.weihai.lianbao.platform.SegmentBalancer): each node refreshes its
-- row every few seconds; a row not refreshed for half a minute is a node that is gone. Its name is the owner Axon
-- writes into TokenEntry.owner (pid@host).
CREATE TABLE app_node (
    name    VARCHAR(255) PRIMARY KEY,
    seen_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
