-- Request code (as tandem_app) may plan jobs, such as a mail to send after its transaction commits.
-- It cannot read or change jobs: the runner does that as the owner.
GRANT INSERT ON jobs TO tandem_app;
