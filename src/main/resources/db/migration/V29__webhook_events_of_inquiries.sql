-- An inquiry's opening is a webhook event of no one case: its deliveries name no complaint.
alter table webhook_deliveries alter column complaint_id drop not null;
