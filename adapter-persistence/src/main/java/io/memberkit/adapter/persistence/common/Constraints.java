package io.memberkit.adapter.persistence.common;

import java.util.List;

/**
 * The schema's constraint names (V1__schema.sql, V2__api_keys.sql), longest first so that no name is found inside a
 * longer one.
 */
final class Constraints {
    static final List<String> NAMES = List.of(
            "organizations_business_number_check",
            "organization_badges_organization_fk",
            "membership_requests_organization_fk",
            "membership_requests_applicant_check",
            "membership_requests_invitee_check",
            "membership_requests_handled_by_fk",
            "membership_requests_created_by_fk",
            "membership_requests_status_check",
            "follows_followed_organization_fk",
            "request_assignments_class_check",
            "organization_badges_badge_check",
            "request_assignments_request_fk",
            "membership_requests_role_check",
            "membership_requests_kind_check",
            "organizations_metrics_check",
            "membership_requests_user_fk",
            "follows_organization_key",
            "follows_followed_user_fk",
            "api_keys_token_hash_key",
            "members_organization_fk",
            "request_assignments_pk",
            "organizations_slug_key",
            "organization_badges_pk",
            "membership_requests_pk",
            "assignments_subject_fk",
            "assignments_role_check",
            "assignments_member_fk",
            "subjects_class_check",
            "follows_target_check",
            "follows_follower_fk",
            "subjects_owner_key",
            "members_role_check",
            "api_keys_owner_fk",
            "users_roles_check",
            "subjects_owner_fk",
            "organizations_pk",
            "members_role_key",
            "follows_user_key",
            "users_email_key",
            "members_user_fk",
            "audit_events_pk",
            "users_slug_key",
            "assignments_pk",
            "api_keys_pk",
            "subjects_pk",
            "members_pk",
            "users_pk");

    private Constraints() {
    }
}
