-- One database per service: each service owns its data.
create database df_provider_registry;
create database df_competition_service;
create database df_contract_service;
create database df_supply_chain_service;
