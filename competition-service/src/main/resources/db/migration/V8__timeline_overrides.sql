-- Issue 12: periods shorter than the framework's minimums are published only with a recorded override.
-- standstill_days now counts working days (Monday to Friday).
alter table competition add column timeline_override_reason text;
alter table competition add column timeline_override_by     text;
alter table competition add column timeline_override_at     timestamptz;
alter table competition add column timeline_shortfalls      jsonb;
