-- GET /v1/agreements?competitionId=: the agreements made from one competition's awards.
create index agreement_competition on agreement (competition_id) where competition_id is not null;
