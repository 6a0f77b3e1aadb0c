-- Projection (processing group "supervision-orders", SupervisionOrderProjection): every supervision order (督办)
-- for the "督办事项" list. The orders themselves are events of their case; this table is disposable and rebuilt
-- by a replay (its reset truncates it). last_sequence is the case event last applied: the replay guard.
CREATE TABLE supervision_order (
    case_number     VARCHAR(40)  NOT NULL,
    order_number    INT          NOT NULL,
    -- the track the order concerns; NULL: the whole case (answered by the window)
    service         VARCHAR(20),
    reason          TEXT         NOT NULL,
    working_days    INT          NOT NULL,
    issued_on       DATE         NOT NULL,
    due_date        DATE         NOT NULL,
    issued_by       TEXT         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    -- SupervisionOrderOverdue was raised (the list also shows an order past its due date while awaiting an answer)
    overdue_flagged BOOLEAN      NOT NULL DEFAULT FALSE,
    answered_on     DATE,
    closed_on       DATE,
    last_sequence   BIGINT       NOT NULL,
    PRIMARY KEY (case_number, order_number)
);

-- The list is ordered by due date; supervisors filter open orders, each utility sees its own (the window: NULL).
CREATE INDEX supervision_order_due ON supervision_order (due_date, case_number, order_number);
CREATE INDEX supervision_order_open ON supervision_order (due_date, case_number, order_number)
    WHERE status <> 'CLOSED';
CREATE INDEX supervision_order_service ON supervision_order (service, due_date);
