-- The head of each aggregate's hash chain (see cn.weihai.lianbao.audit.EventChain): the sequence number and
-- hash of the last event appended, written in the same transaction as the events themselves. NOT a
-- projection: it cannot be rebuilt from the event store, because it is the witness that the store's last
-- events are still there (deleting an aggregate's last row leaves no gap, only this head pointing past it).
CREATE TABLE event_chain_head (
    aggregate_id  VARCHAR(255) PRIMARY KEY,
    last_sequence BIGINT       NOT NULL,
    last_hash     VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
