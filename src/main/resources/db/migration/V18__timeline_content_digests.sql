-- The chain covers a digest of each entry's content instead of the content itself, so that a
-- person's words can later be erased from the record (retention, erasure on request) and the chain
-- still verifies: content_digest = SHA-256 of the entry's actor, detail and facts; the entry's hash
-- covers its predecessor's hash, its other columns and that digest (complaint.TimelineChain).
alter table timeline add column content_digest varchar(64);

-- Which formula an entry's hash was made with: 1 for the entries written before digests (their hash
-- covers the detail itself, and keeps doing so), 2 for every entry written since.
alter table timeline add column chain_version integer default 1 not null;

-- Personal data is erased from a closed case once the retention period has passed, or at the buyer's
-- request (complaint.CaseErasure): the case's text, files and the buyer's name on it go; its stages,
-- amounts and outcome stay. An entry whose content was erased no longer matches its digest, which the
-- chain still covers; it is accepted only on a case whose personal data was erased.
alter table timeline add column content_erased boolean default false not null;
alter table complaints add column erased_at timestamp with time zone;
create index complaints_closed on complaints (closed_at);
alter table complaints alter column buyer drop not null;
alter table messages alter column author drop not null;
alter table evidence alter column uploaded_by drop not null;
alter table timeline alter column actor drop not null;
