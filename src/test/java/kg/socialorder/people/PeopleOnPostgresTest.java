package kg.socialorder.people;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles(profiles = {"test", "embedded-postgres"}, inheritProfiles = false)
class PeopleOnPostgresTest extends PeopleScenarios {}
