-- Sign-in failures are no longer counted on the account (anyone could lock anyone out by guessing
-- its password): they are counted per username and client address, and per address, in memory.
ALTER TABLE app_user DROP COLUMN failed_sign_ins;
ALTER TABLE app_user DROP COLUMN locked_until;
