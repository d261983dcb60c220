-- How contracts bundle service categories (the same reference data as contract-service; codes are stable).
create table contract_type (
    code             text primary key,
    name             text   not null,
    categories       text[] not null,
    usual_geography  text   not null
);
insert into contract_type values ('ACC', 'Accommodation', '{ACCOMMODATION}', 'probation region');
insert into contract_type values ('ETE', 'Education, Training and Employment', '{EDUCATION_TRAINING_EMPLOYMENT}', 'probation region');
insert into contract_type values ('PWB', 'Personal Wellbeing', '{LIFESTYLE_ASSOCIATES,FAMILY_SIGNIFICANT_OTHERS,EMOTIONAL_WELLBEING,SOCIAL_INCLUSION}', 'police force area');
insert into contract_type values ('WOS', 'Women''s Services', '{WOMEN,ACCOMMODATION,EDUCATION_TRAINING_EMPLOYMENT,FINANCE_BENEFITS_DEBT,DEPENDENCY_RECOVERY,LIFESTYLE_ASSOCIATES,FAMILY_SIGNIFICANT_OTHERS,EMOTIONAL_WELLBEING,SOCIAL_INCLUSION}', 'police force area');
insert into contract_type values ('FBD', 'Finance, Benefits and Debt', '{FINANCE_BENEFITS_DEBT}', 'probation region or smaller');
insert into contract_type values ('DNR', 'Dependency and Recovery', '{DEPENDENCY_RECOVERY}', 'probation region or smaller');

-- What an agreement made from the lot needs (issue 9): its contract type, who may be served, the complexity levels.
-- Lots drafted before these existed take the one contract type whose own category is the lot's, if there is one.
alter table lot add column contract_type text references contract_type (code);
update lot l set contract_type = (select t.code from contract_type t where t.categories = array[l.category])
 where contract_type is null;
alter table lot add column eligible_population jsonb not null default '["ANY"]';
alter table lot add column complexity_levels jsonb not null default '["LOW", "MEDIUM", "HIGH"]';

-- A follow-on opportunity drafted when an agreement nears its end: one per agreement, however often the event comes.
alter table opportunity add column agreement_id uuid unique;
alter table opportunity add column agreement_reference text;
alter table opportunity add column contract_type text references contract_type (code);

-- References now come from the platform's one generator (a sequence per prefix, created on first use): carry the
-- numbers on from this service's own sequences, so no reference is given twice.
create sequence df_comp_reference_seq;
select setval('df_comp_reference_seq', last_value, is_called) from competition_reference_seq;
create sequence df_opp_reference_seq;
select setval('df_opp_reference_seq', last_value, is_called) from opportunity_reference_seq;
drop sequence competition_reference_seq;
drop sequence opportunity_reference_seq;
