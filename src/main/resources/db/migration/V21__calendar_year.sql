-- Years of the working-day calendar entered by administrators (a projection of YearAnnounced events;
-- the shipped years 2024-2026 live in code). Disposable: rebuilt by replaying the events.
create table calendar_year (
    year           int primary key,
    arrangements   text        not null,  -- JSON list of {festival, firstDayOff, lastDayOff, adjustedWorkingDays}
    notice         text        not null,
    announced_by   text        not null,
    announced_on   date        not null,
    recorded_at    timestamptz not null default now()
);
