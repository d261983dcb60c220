-- Only for platform's own tests of the outbox and inbox: what the test consumer's effect writes, one row per
-- application (no key that could hide a duplicate), and a row a test holds locked to cause database trouble.
create table test_effect (
    id         bigint generated always as identity primary key,
    event_id   text        not null,
    applied_at timestamptz not null default now()
);
create table test_lock (id integer primary key);
insert into test_lock values (1);
