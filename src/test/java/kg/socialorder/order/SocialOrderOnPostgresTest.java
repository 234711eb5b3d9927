package kg.socialorder.order;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class SocialOrderOnPostgresTest extends SocialOrderScenarios {}
