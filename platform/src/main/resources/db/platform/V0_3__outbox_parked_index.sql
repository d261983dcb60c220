-- The relay's metrics count parked outbox events every second: by this index, not by a scan of every published
-- event kept for retention.
create index outbox_event_parked on outbox_event (seq) where status = 'PARKED';
