-- Issue 11: lookups that read whole tables at 100 times the sector's size (a bid's receipts, a competition's awards
-- and clarifications), and the foreign key from receipts to bids, which every delete of a bid checked by a scan.
create index if not exists bid_receipt_by_bid on bid_receipt (bid_id, id);
create index if not exists award_by_competition on award (competition_id);
create index if not exists clarification_by_competition on clarification (competition_id);
