package kg.socialorder.people;

import static kg.socialorder.engine.AuthorizationChecks.withoutAuthorizationCheck;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kg.socialorder.PersonName;
import kg.socialorder.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The accounts of the people the import, the results and the coordinators' forms bring in: found by
 * their e-mail address (compared without case), made with a login read from the address, a role and
 * a municipality. A new account's password is random and known to no one until the person sets
 * their own through the invitation. Runs inside the caller's transaction and without the engine's
 * authorization check: the callers decide who may do what (an import in one municipality never
 * reaches another's people).
 */
@Component
public class StaffAccounts {

  /** Camunda keeps a person's phone among their user info under this key. */
  static final String PHONE = "phone";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_LOGIN = 60;

  private final IdentityService identity;

  public StaffAccounts(IdentityService identity) {
    this.identity = identity;
  }

  /** The account with this address, compared without case; addresses are kept in lower case. */
  public Optional<User> byEmail(String email) {
    String address = normalEmail(email);
    return withoutAuthorizationCheck(() -> {
      User exact = identity.createUserQuery().userEmail(address).singleResult();
      if (exact != null) {
        return Optional.of(exact);
      }
      // an address an administrator typed in Admin with capitals
      return identity.createUserQuery().userEmailLike(address).list().stream()
          .filter(u -> u.getEmail() != null && u.getEmail().strip().equalsIgnoreCase(address)).findFirst();
    });
  }

  /** The municipalities (tenants) the account works in. */
  public List<String> municipalities(String userId) {
    return withoutAuthorizationCheck(() -> identity.createTenantQuery().userMember(userId).list().stream()
        .map(Tenant::getId).sorted().toList());
  }

  /** The groups the account is a member of (roles, administrators). */
  public List<String> groups(String userId) {
    return withoutAuthorizationCheck(() -> identity.createGroupQuery().groupMember(userId).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).sorted().toList());
  }

  public boolean has(String userId, Role role) {
    return withoutAuthorizationCheck(() ->
        identity.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() > 0);
  }

  public Optional<String> phone(String userId) {
    return Optional.ofNullable(withoutAuthorizationCheck(() -> identity.getUserInfo(userId, PHONE)));
  }

  /** A new account: login from the address, random password, the role and (unless null) the municipality. */
  public User create(String name, String email, String phone, Role role, String municipality) {
    return create(name, email, phone, role, municipality, java.util.Set.of());
  }

  /**
   * The same, avoiding also the logins in {@code madeAlready}: those made earlier in the same engine
   * command, which the engine writes only when the command ends.
   */
  public User create(String name, String email, String phone, Role role, String municipality,
      java.util.Set<String> madeAlready) {
    return withoutAuthorizationCheck(() -> {
      User user = identity.newUser(freeLogin(email, madeAlready));
      user.setFirstName(name);
      user.setLastName("");
      user.setEmail(normalEmail(email));
      user.setPassword(randomPassword());
      identity.saveUser(user);
      if (phone != null && !phone.isBlank()) {
        identity.setUserInfo(user.getId(), PHONE, phone);
      }
      grant(user.getId(), role, municipality);
      return user;
    });
  }

  /** Adds the role and the municipality the account lacks; takes nothing away. */
  public void grant(String userId, Role role, String municipality) {
    withoutAuthorizationCheck(() -> {
      if (identity.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() == 0) {
        identity.createMembership(userId, role.groupId());
      }
      if (municipality != null && identity.createUserQuery().userId(userId).memberOfTenant(municipality).count() == 0) {
        identity.createTenantUserMembership(municipality, userId);
      }
      return null;
    });
  }

  /** A new name and phone for an existing account. */
  public void update(String userId, String name, String phone) {
    withoutAuthorizationCheck(() -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (!name.equals(PersonName.full(user))) {
        user.setFirstName(name);
        user.setLastName("");
        identity.saveUser(user);
      }
      if (phone != null && !phone.equals(identity.getUserInfo(userId, PHONE))) {
        identity.setUserInfo(userId, PHONE, phone);
      }
      return null;
    });
  }

  /** The password the person chose (the caller checked it against the policy). */
  public void setPassword(String userId, String password) {
    withoutAuthorizationCheck(() -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      user.setPassword(password);
      identity.saveUser(user);
      return null;
    });
  }

  public Optional<User> user(String userId) {
    return Optional.ofNullable(withoutAuthorizationCheck(() -> identity.createUserQuery().userId(userId).singleResult()));
  }

  static String normalEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * A login as the webapps take it (letters and digits in parts separated by dots, see
   * application.yaml): the address's local part, and a number after it when that login is taken.
   */
  String freeLogin(String email, java.util.Set<String> madeAlready) {
    String local = normalEmail(email);
    local = local.substring(0, Math.max(0, local.indexOf('@')));
    String base = local.replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
    if (base.isEmpty()) {
      base = "person";
    }
    if (base.length() > MAX_LOGIN) {
      base = base.substring(0, MAX_LOGIN).replaceAll("\\.+$", "");
    }
    String login = base;
    for (int n = 2; madeAlready.contains(login) || identity.createUserQuery().userId(login).count() > 0; n++) {
      login = base + n;
    }
    return login;
  }

  private static String randomPassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    // letters of both cases, digits and signs, whatever a password policy asks of them
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "Aa1!";
  }
}
