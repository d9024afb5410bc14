-- Worklists (待办) and supervision (督办), each page one index range scan; see docs/worklist-query-plans.md.
--
-- A queue is ordered by due date, cases without one last, then id. Cases past due sort first by
-- that order alone, and the order does not change at midnight, so a cursor stays valid. The key
-- COALESCE(due_on, 'infinity') puts the cases without a due date last and lets a page start with
-- one row comparison, (key, id) > (cursor), that the index seeks to.
--
-- The V8 queue indexes ordered by due date before (county) or without (office) the state, so a
-- queue filtered on a few states read past every case in the other states, and a county's queue
-- read past its thousands of cases in payment. Here the state comes right after the office or
-- county: a page reads one ordered range per state asked for and merges them.
DROP INDEX assistance_case_office_queue_idx;
DROP INDEX assistance_case_county_queue_idx;

CREATE INDEX assistance_case_office_worklist_idx
    ON assistance_case (assigned_office_code, state, (COALESCE(due_on, 'infinity'::date)), id)
    WHERE closed_at IS NULL;

CREATE INDEX assistance_case_county_worklist_idx
    ON assistance_case (county_code, state, (COALESCE(due_on, 'infinity'::date)), id)
    WHERE closed_at IS NULL;

-- 督办: a county's open cases past their due date, oldest due first, whatever their state.
CREATE INDEX assistance_case_county_overdue_idx
    ON assistance_case (county_code, due_on, id)
    WHERE closed_at IS NULL AND due_on IS NOT NULL;
