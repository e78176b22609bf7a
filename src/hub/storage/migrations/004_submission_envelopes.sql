-- Small envelopes (no photos, or small ones) kept in the database instead of the blob store,
-- written by the statement that writes their submission row: one commit keeps both, with no
-- file to create and flush for each. Content-addressed like the blob store; larger envelopes
-- stay there. Envelopes are ciphertext, so compressing them is never worth trying.
create table submission_envelopes (
  sha256 text primary key,
  bytes bytea not null
);

alter table submission_envelopes alter column bytes set storage external;
