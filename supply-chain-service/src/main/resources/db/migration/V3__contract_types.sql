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
