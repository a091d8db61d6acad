package io.memberkit.adapter.persistence.common;

import java.util.List;

/**
 * The schema's constraint names (V1__schema.sql, V2__api_keys.sql, V3__membership_lifecycle.sql), longest first so
 * that no name is found inside a longer one.
 */
final class Constraints {
    static final List<String> NAMES = List.of(
            "organizations_default_join_role_check",
            "organization_domains_organization_fk",
            "membership_requests_applicant_check",
            "membership_requests_organization_fk",
            "organization_badges_organization_fk",
            "organizations_business_number_check",
            "membership_requests_created_by_fk",
            "membership_requests_handled_by_fk",
            "membership_requests_invitee_check",
            "organization_domains_domain_check",
            "follows_followed_organization_fk",
            "membership_requests_status_check",
            "organization_badges_badge_check",
            "request_assignments_class_check",
            "membership_requests_kind_check",
            "membership_requests_role_check",
            "request_assignments_request_fk",
            "membership_requests_user_fk",
            "organizations_metrics_check",
            "follows_followed_user_fk",
            "follows_organization_key",
            "api_keys_token_hash_key",
            "members_organization_fk",
            "organization_domains_pk",
            "assignments_role_check",
            "assignments_subject_fk",
            "membership_requests_pk",
            "organization_badges_pk",
            "organizations_slug_key",
            "request_assignments_pk",
            "assignments_member_fk",
            "follows_target_check",
            "subjects_class_check",
            "follows_follower_fk",
            "members_role_check",
            "subjects_owner_key",
            "api_keys_owner_fk",
            "subjects_owner_fk",
            "users_roles_check",
            "follows_user_key",
            "members_role_key",
            "organizations_pk",
            "audit_events_pk",
            "members_user_fk",
            "users_email_key",
            "assignments_pk",
            "users_slug_key",
            "api_keys_pk",
            "subjects_pk",
            "members_pk",
            "users_pk");

    private Constraints() {
    }
}
