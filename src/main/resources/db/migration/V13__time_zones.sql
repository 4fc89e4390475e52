-- The zone each person's times are entered and shown in (null: not chosen yet, the installation's
-- CANDOR_TIME_ZONE applies), and a candidate's, shown next to an interview's time.
ALTER TABLE app_user ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE candidate ADD COLUMN time_zone VARCHAR(64);
