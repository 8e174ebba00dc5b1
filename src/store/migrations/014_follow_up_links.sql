-- keyplan schema 14: a touchpoint names the later contact that followed it
-- up (`followed_by`, schema 6, ON DELETE SET NULL). Deleting a contact
-- looks for the touchpoints it followed up; without an index that is a scan
-- of the whole log for every contact deleted, and purging an account with
-- a long log took minutes. Only the few touchpoints that were followed up
-- are in it.
CREATE INDEX touchpoints_followed_by ON touchpoints (followed_by) WHERE followed_by IS NOT NULL;
