package kg.socialorder.people;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class InvitationOnPostgresTest extends InvitationScenarios {}
