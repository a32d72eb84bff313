package org.disputedesk.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.park.Parks;
import org.disputedesk.park.Shops;
import org.disputedesk.park.Streamers;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.DeskUsers;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.CaseNotFound;
import org.disputedesk.web.RuleViolated;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users administered without SQL: an administrator manages every account, a park administrator the
 * shop operators, mediators and streamers of their own park. Another park's user does not exist for
 * a park administrator (404), as another park's cases do not; a role that administers no one is
 * refused (403). Each change and its audit entry commit together, or neither does.
 */
@Service
public class UserAdministration {

    private final Accounts accounts;
    private final DeskUsers users;
    private final Parks parks;
    private final Shops shops;
    private final Streamers streamers;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserAdministration(Accounts accounts, DeskUsers users, Parks parks, Shops shops, Streamers streamers,
                       PasswordEncoder encoder, AuditLog audit) {
        this.streamers = streamers;
        this.accounts = accounts;
        this.users = users;
        this.parks = parks;
        this.shops = shops;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** A new account with a temporary password, answered once, which its user must change at the first sign-in. */
    @Transactional
    public Account.Created create(DeskUser caller, NewUser user) {
        requireAdministrator(caller);
        if (caller.is(Role.PARK_ADMIN) && !Roles.PARK_STAFF.contains(user.role())) {
            throw new ActionForbidden("A park administrator creates shop operators, mediators and streamers only.");
        }
        String parkId = user.parkId() == null && caller.is(Role.PARK_ADMIN) ? caller.parkId() : user.parkId();
        Roles.check(user.role(), parkId, user.shopIds(), user.streamerId());
        if (parkId != null) {
            requirePark(caller, parkId);
            shops.requireOfPark(parkId, user.shopIds());
            if (user.streamerId() != null && !streamers.existsIn(user.streamerId(), parkId)) {
                throw new RuleViolated("problem.user.unknownStreamer", "Park " + parkId + " has no streamer profile "
                        + user.streamerId() + ". Nothing was changed.", parkId, user.streamerId());
            }
        }
        String email = Rules.email(user.email());
        if (accounts.taken(user.username(), email)) {
            throw new AccountTaken();
        }
        String temporary = NewPasswords.temporary();
        try {
            users.add(new DeskUsers.NewUser(user.username(), user.role(), user.displayName(), email, parkId,
                    user.shopIds(), user.streamerId()), encoder.encode(temporary), true);
        } catch (DuplicateKeyException e) {
            throw new AccountTaken(); // created by another request meanwhile; this one rolls back whole
        }
        accounts.emailGivenByAdministrator(user.username(), email);
        List<AuditDetail.Said> detail = new ArrayList<>(List.of(parkId == null
                ? AuditDetail.phrase(AuditPhrase.ROLE).with("role", user.role())
                : AuditDetail.phrase(AuditPhrase.ROLE_IN_PARK).with("role", user.role()).with("park", parkId)));
        if (!user.shopIds().isEmpty()) {
            detail.add(shops(user.shopIds()));
        }
        audit.record(caller.username(), AuditAction.USER_CREATED, target(user.username()), parkId,
                new AuditDetail(detail));
        return accounts.find(user.username()).orElseThrow().with(temporary);
    }

    /** The accounts the caller administers, of {@code role} and matching {@code q} when given. */
    @Transactional(readOnly = true)
    public List<Account> list(DeskUser caller, String parkId, Role role, String q, int page, int size) {
        requireAdministrator(caller);
        String park = parkId;
        if (caller.is(Role.PARK_ADMIN)) {
            if (parkId != null && !parkId.equals(caller.parkId())) {
                throw new CaseNotFound("Park " + parkId);
            }
            if (caller.parkId() == null) {
                return List.of(); // bound to no park, they administer no one
            }
            park = caller.parkId();
        }
        return accounts.page(park, role, q, page, size);
    }

    @Transactional(readOnly = true)
    public Account get(DeskUser caller, String username) {
        requireAdministrator(caller);
        return accounts.find(username).filter(account -> sees(caller, account))
                .orElseThrow(() -> new CaseNotFound("User " + username));
    }

    /**
     * Changes what {@code changes} gives. A changed park or set of shops ends the user's sign-ins, so
     * that they see what they now may at once; a disabled user is refused at their next request.
     */
    @Transactional
    public Account change(DeskUser caller, String username, UserChanges changes) {
        Account old = managed(caller, username);
        String parkId = changes.parkId() == null ? old.parkId() : changes.parkId();
        Set<String> shopIds = changes.shopIds() == null ? Set.copyOf(old.shopIds()) : changes.shopIds();
        Roles.check(old.role(), parkId, shopIds, old.streamerId());
        boolean parkChanged = !Objects.equals(parkId, old.parkId());
        boolean shopsChanged = !shopIds.equals(Set.copyOf(old.shopIds()));
        if (parkChanged) {
            requirePark(caller, parkId);
        }
        if (parkChanged || shopsChanged) {
            shops.requireOfPark(parkId, shopIds);
        }
        boolean enabled = changes.enabled() == null ? old.enabled() : changes.enabled();
        if (!enabled && username.equals(caller.username())) {
            throw new RuleViolated("problem.user.disableSelf", "You may not disable your own account.");
        }
        String email = changes.email() == null ? old.email() : Rules.email(changes.email());
        if (!Objects.equals(email, old.email()) && accounts.emailTakenByAnother(email, username)) {
            throw new AccountTaken();
        }
        Account now = new Account(username, changes.displayName() == null ? old.displayName() : changes.displayName(),
                email, old.role(), parkId, List.copyOf(new TreeSet<>(shopIds)), old.streamerId(), old.locale(),
                enabled, old.mustChangePassword());
        accounts.update(now);
        if (!Objects.equals(email, old.email())) {
            accounts.emailGivenByAdministrator(username, email);
        }
        if (shopsChanged) {
            accounts.replaceShops(username, shopIds);
        }
        if (parkChanged || shopsChanged) {
            accounts.endSignIns(username);
        }
        record(caller, old, now);
        return accounts.find(username).orElseThrow();
    }

    /** A new temporary password for the user, whose sign-ins end; answered once. */
    @Transactional
    public String resetPassword(DeskUser caller, String username) {
        Account account = managed(caller, username);
        if (username.equals(caller.username())) {
            throw new RuleViolated("problem.user.resetSelf", "Change your own password with POST /api/me/password.");
        }
        String temporary = NewPasswords.temporary();
        accounts.setPassword(username, encoder.encode(temporary), true);
        audit.record(caller.username(), AuditAction.USER_PASSWORD_RESET, target(username), account.parkId(),
                AuditDetail.of(AuditDetail.phrase(AuditPhrase.TEMPORARY_PASSWORD)));
        return temporary;
    }

    /** One entry for enabling or disabling, one for the other fields, in each park the change concerns. */
    private void record(DeskUser caller, Account old, Account now) {
        Set<String> parksConcerned = new LinkedHashSet<>();
        parksConcerned.add(now.parkId());
        parksConcerned.add(old.parkId());
        List<AuditDetail.Said> changed = new ArrayList<>();
        if (!now.displayName().equals(old.displayName())) {
            changed.add(AuditDetail.phrase(AuditPhrase.DISPLAY_NAME_CHANGED));
        }
        if (!Objects.equals(now.email(), old.email())) {
            changed.add(AuditDetail.phrase(AuditPhrase.EMAIL_CHANGED));
        }
        if (!Objects.equals(now.parkId(), old.parkId())) {
            changed.add(AuditDetail.phrase(AuditPhrase.PARK_CHANGED).with("from", old.parkId())
                    .with("to", now.parkId()));
        }
        if (!Set.copyOf(now.shopIds()).equals(Set.copyOf(old.shopIds()))) {
            changed.add(shops(now.shopIds()));
        }
        for (String park : parksConcerned) {
            if (now.enabled() != old.enabled()) {
                audit.record(caller.username(), now.enabled() ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
                        target(now.username()), park,
                        AuditDetail.of(AuditDetail.phrase(AuditPhrase.ROLE).with("role", now.role())));
            }
            if (!changed.isEmpty()) {
                audit.record(caller.username(), AuditAction.USER_CHANGED, target(now.username()), park,
                        new AuditDetail(changed));
            }
        }
    }

    /** The account, locked, if the caller administers it: 404 if not theirs to see, 403 if not theirs to manage. */
    private Account managed(DeskUser caller, String username) {
        requireAdministrator(caller);
        Account account = accounts.lock(username).filter(a -> sees(caller, a))
                .orElseThrow(() -> new CaseNotFound("User " + username));
        if (caller.is(Role.PARK_ADMIN) && !Roles.PARK_STAFF.contains(account.role())) {
            throw new ActionForbidden("A park administrator manages shop operators, mediators and streamers only.");
        }
        return account;
    }

    /** An administrator sees every account; a park administrator their park's. */
    private static boolean sees(DeskUser caller, Account account) {
        return caller.is(Role.ADMIN) || caller.parkId() != null && caller.parkId().equals(account.parkId());
    }

    private static void requireAdministrator(DeskUser caller) {
        if (!caller.is(Role.ADMIN) && !caller.is(Role.PARK_ADMIN)) {
            throw new ActionForbidden("Only administrators and park administrators manage users.");
        }
    }

    /** 404 for a park that is not there, or not the park administrator's own. */
    private void requirePark(DeskUser caller, String parkId) {
        if (caller.is(Role.PARK_ADMIN) && !parkId.equals(caller.parkId()) || !parks.exists(parkId)) {
            throw new CaseNotFound("Park " + parkId);
        }
    }

    static String target(String username) {
        return "user:" + username;
    }

    /** The account's shops, in id order; none as "—". */
    private static AuditDetail.Said shops(Collection<String> shopIds) {
        return AuditDetail.phrase(AuditPhrase.SHOPS).with("shops",
                shopIds.isEmpty() ? null : String.join(", ", new TreeSet<>(shopIds)));
    }
}
