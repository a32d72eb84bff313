-- A mediator's ruling may cite standard clauses, as the committee's findings do. The citations belong
-- to the ruling on the case row, one per line as "standard|clause": the catalog checked each when the
-- ruling was made, and a clause once in the catalog stays there (a standard is superseded, never
-- deleted), so the row needs no reference of its own to keep them meaningful.
alter table complaints add column ruling_citations varchar(2000);
