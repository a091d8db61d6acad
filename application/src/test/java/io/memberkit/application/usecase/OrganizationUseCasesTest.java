package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.organization.AddBadge;
import io.memberkit.application.port.in.organization.AddBadgeUseCase;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.organization.CreateOrganizationUseCase;
import io.memberkit.application.port.in.organization.DeleteOrganization;
import io.memberkit.application.port.in.organization.DeleteOrganizationUseCase;
import io.memberkit.application.port.in.organization.GetOrganization;
import io.memberkit.application.port.in.organization.GetOrganizationUseCase;
import io.memberkit.application.port.in.organization.ListOrganizations;
import io.memberkit.application.port.in.organization.ListOrganizationsUseCase;
import io.memberkit.application.port.in.organization.RemoveBadge;
import io.memberkit.application.port.in.organization.RemoveBadgeUseCase;
import io.memberkit.application.port.in.organization.UpdateOrganization;
import io.memberkit.application.port.in.organization.UpdateOrganizationUseCase;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.OrganizationQuery.OrganizationSort;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationDetails;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationUseCasesTest {
    private final World world = new World();
    private final CreateOrganizationUseCase create = world.organizations;
    private final GetOrganizationUseCase get = world.organizations;
    private final UpdateOrganizationUseCase update = world.organizations;
    private final DeleteOrganizationUseCase delete = world.organizations;
    private final ListOrganizationsUseCase list = world.organizations;
    private final AddBadgeUseCase addBadge = world.organizations;
    private final RemoveBadgeUseCase removeBadge = world.organizations;
    private final ListMembersUseCase members = world.members;

    private final User admin = world.aUser();

    private Organization created(String name) {
        return create.create(new CreateOrganization(as(admin), TestOrganizations.details(name)));
    }

    private static OrganizationDetails withSiret(Organization organization, String siret) {
        var d = organization.details();
        return new OrganizationDetails(d.name(), d.acronym(), d.description(), d.url(), d.logo(),
                new BusinessNumber(siret));
    }

    @Nested
    class TheSlugComesFromTheName {
        @Test
        void accents_are_folded_into_the_slug() {
            var organization = created("Agglomération de la Métadonnée");

            assertThat(organization.slug().value()).isEqualTo("agglomeration-de-la-metadonnee");
        }

        @Test
        void a_clashing_slug_gets_a_numbered_suffix() {
            var first = created("Agglomération de la Métadonnée");
            var second = created("Agglomeration de la metadonnee");
            var third = created("AGGLOMÉRATION DE LA MÉTADONNÉE");

            assertThat(first.slug().value()).isEqualTo("agglomeration-de-la-metadonnee");
            assertThat(second.slug().value()).isEqualTo("agglomeration-de-la-metadonnee-1");
            assertThat(third.slug().value()).isEqualTo("agglomeration-de-la-metadonnee-2");
        }

        @Test
        void a_name_without_any_letter_or_digit_is_refused() {
            assertInvalidInput("slug", () -> created("!!! ???"));
        }
    }

    @Nested
    class TheBusinessNumberIsASiret {
        @Test
        void a_valid_siret_is_kept() {
            var organization = created("Siret Checked");

            var updated = update.update(new UpdateOrganization(as(admin), organization.id(),
                    withSiret(organization, "73282932000074")));

            assertThat(updated.businessNumber().value()).isEqualTo("73282932000074");
        }

        @ParameterizedTest
        @ValueSource(strings = {"7328293200007", "732829320000745", "7328293200007A", "12345678901234"})
        void a_siret_that_is_not_14_digits_with_a_valid_luhn_checksum_is_refused(String siret) {
            var organization = created("Siret Checked");

            assertInvalidInput("business_number_id", () -> update.update(new UpdateOrganization(as(admin),
                    organization.id(), withSiret(organization, siret))));
        }
    }

    @Nested
    class NamesOfOrganizationsCarryNoLinks {
        @Test
        void a_plain_name_is_accepted() {
            assertThat(created("Open Data Lab").name()).isEqualTo("Open Data Lab");
        }

        @Test
        void a_name_with_a_url_is_refused() {
            assertInvalidInput("name", () -> created("Visit https://spam.example"));
        }
    }

    @Nested
    class TheCreatorBecomesAdmin {
        @Test
        void the_creator_is_the_only_member_and_an_admin() {
            var organization = created("Founded Here");

            assertThat(organization.metrics().members()).isEqualTo(1);
            var listed = members.list(new ListMembers(as(admin), organization.id(), Optional.empty(), null));
            assertThat(listed.items()).singleElement().satisfies(m -> {
                assertThat(m.user().id()).isEqualTo(admin.id());
                assertThat(m.member().role()).isEqualTo(MemberRole.ADMIN);
            });
            assertThat(get.get(new GetOrganization(Actor.anonymous(), organization.id().value())).metrics().members())
                    .isEqualTo(1);
        }

        @Test
        void an_anonymous_actor_cannot_create_an_organization() {
            assertThatThrownBy(() -> create.create(new CreateOrganization(Actor.anonymous(),
                    TestOrganizations.details("Nobody's")))).isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class AnOrganizationIsFoundByIdOrSlug {
        @Test
        void by_id_and_by_slug() {
            var organization = created("Findable Org");

            assertThat(get.get(new GetOrganization(Actor.anonymous(), organization.id().value())).id())
                    .isEqualTo(organization.id());
            assertThat(get.get(new GetOrganization(Actor.anonymous(), "findable-org")).id())
                    .isEqualTo(organization.id());
        }

        @Test
        void an_unknown_id_or_slug_is_not_found() {
            assertThatThrownBy(() -> get.get(new GetOrganization(Actor.anonymous(), "no-such-org")))
                    .isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class ADeletedOrganizationIsGoneToOutsiders {
        private final Organization organization = world.organizationOf(admin);
        private final User editor = world.aUser();

        @BeforeEach
        void deleted() {
            world.member(organization, admin, editor, MemberRole.EDITOR);
            delete.delete(new DeleteOrganization(as(admin), organization.id()));
        }

        @Test
        void it_stays_visible_to_its_members_and_to_site_admins() {
            assertThat(get.get(new GetOrganization(as(editor), organization.id().value())).isDeleted()).isTrue();
            assertThat(get.get(new GetOrganization(as(world.aSiteAdmin()), organization.id().value())).isDeleted())
                    .isTrue();
        }

        @Test
        void it_is_gone_to_other_users_and_to_anonymous_readers() {
            assertThatThrownBy(() -> get.get(new GetOrganization(as(world.aUser()), organization.id().value())))
                    .isInstanceOf(Gone.class);
            assertThatThrownBy(() -> get.get(new GetOrganization(Actor.anonymous(), organization.id().value())))
                    .isInstanceOf(Gone.class);
        }
    }

    @Nested
    class OnlyAnAdminUpdates {
        private final Organization organization = world.organizationOf(admin);

        private UpdateOrganization renameAs(User actor) {
            return new UpdateOrganization(as(actor), organization.id(), TestOrganizations.details("Renamed"));
        }

        @Test
        void an_admin_updates_the_organization() {
            assertThat(update.update(renameAs(admin)).name()).isEqualTo("Renamed");
        }

        @Test
        void an_editor_or_a_non_member_is_forbidden() {
            var editor = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);

            assertThatThrownBy(() -> update.update(renameAs(editor))).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> update.update(renameAs(world.aUser()))).isInstanceOf(Forbidden.class);
        }

        @Test
        void a_deleted_organization_is_gone() {
            delete.delete(new DeleteOrganization(as(admin), organization.id()));

            assertThatThrownBy(() -> update.update(renameAs(admin))).isInstanceOf(Gone.class);
        }
    }

    @Nested
    class OnlyAnAdminDeletes {
        private final Organization organization = world.organizationOf(admin);

        @Test
        void an_admin_deletes_the_organization_softly() {
            var deleted = delete.delete(new DeleteOrganization(as(admin), organization.id()));

            assertThat(deleted.deleted()).isEqualTo(world.clock.instant());
        }

        @Test
        void an_editor_or_a_non_member_is_forbidden() {
            var editor = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);

            assertThatThrownBy(() -> delete.delete(new DeleteOrganization(as(editor), organization.id())))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> delete.delete(new DeleteOrganization(as(world.aUser()), organization.id())))
                    .isInstanceOf(Forbidden.class);
        }

        @Test
        void deleting_twice_is_gone() {
            delete.delete(new DeleteOrganization(as(admin), organization.id()));

            assertThatThrownBy(() -> delete.delete(new DeleteOrganization(as(admin), organization.id())))
                    .isInstanceOf(Gone.class);
        }
    }

    @Nested
    class ListingFiltersSortsAndPages {
        private Organization alpha;
        private Organization beta;
        private Organization gamma;

        @BeforeEach
        void threeOrganizationsCreatedOneHourApart() {
            beta = created("Beta");
            world.clock.advance(Duration.ofHours(1));
            alpha = created("alpha");
            alpha = update.update(new UpdateOrganization(as(admin), alpha.id(), withSiret(alpha, "73282932000074")));
            world.clock.advance(Duration.ofHours(1));
            gamma = created("Gamma");
            addBadge.add(new AddBadge(as(world.aSiteAdmin()), beta.id(), Badge.PUBLIC_SERVICE));
        }

        private OrganizationQuery where(Optional<String> q, Optional<Badge> badge, Optional<String> name,
                                        Optional<BusinessNumber> siret) {
            return new OrganizationQuery(q, badge, name, siret, null);
        }

        private OrganizationQuery sortedBy(SortOrder<OrganizationSort> sort) {
            return new OrganizationQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), sort);
        }

        private java.util.List<String> names(OrganizationQuery query) {
            return list.list(new ListOrganizations(Actor.anonymous(), query, null)).items().stream()
                    .map(Organization::name).toList();
        }

        @Test
        void by_badge() {
            assertThat(names(where(Optional.empty(), Optional.of(Badge.PUBLIC_SERVICE), Optional.empty(),
                    Optional.empty()))).containsExactly("Beta");
            assertThat(names(where(Optional.empty(), Optional.of(Badge.CERTIFIED), Optional.empty(),
                    Optional.empty()))).isEmpty();
        }

        @Test
        void by_name_case_insensitive_and_exact() {
            assertThat(names(where(Optional.empty(), Optional.empty(), Optional.of("ALPHA"), Optional.empty())))
                    .containsExactly("alpha");
            assertThat(names(where(Optional.empty(), Optional.empty(), Optional.of("alp"), Optional.empty())))
                    .isEmpty();
        }

        @Test
        void by_business_number() {
            assertThat(names(where(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(new BusinessNumber("73282932000074"))))).containsExactly("alpha");
        }

        @Test
        void by_prefix_of_the_name() {
            assertThat(names(where(Optional.of("ga"), Optional.empty(), Optional.empty(), Optional.empty())))
                    .containsExactly("Gamma");
            assertThat(names(where(Optional.of("zeta"), Optional.empty(), Optional.empty(), Optional.empty())))
                    .isEmpty();
        }

        @Test
        void deleted_organizations_are_not_listed() {
            delete.delete(new DeleteOrganization(as(admin), gamma.id()));

            assertThat(names(OrganizationQuery.all())).containsExactly("alpha", "Beta");
        }

        @Test
        void sorted_by_name_ignoring_case() {
            assertThat(names(sortedBy(SortOrder.ascending(OrganizationSort.NAME))))
                    .containsExactly("alpha", "Beta", "Gamma");
        }

        @Test
        void sorted_newest_first() {
            assertThat(names(sortedBy(SortOrder.descending(OrganizationSort.CREATED))))
                    .containsExactly("Gamma", "alpha", "Beta");
        }

        @Test
        void paged_with_total_and_next() {
            var first = list.list(new ListOrganizations(Actor.anonymous(), OrganizationQuery.all(),
                    new PageRequest(1, 2)));
            var second = list.list(new ListOrganizations(Actor.anonymous(), OrganizationQuery.all(),
                    new PageRequest(2, 2)));

            assertThat(first.items()).extracting(Organization::name).containsExactly("alpha", "Beta");
            assertThat(first.total()).isEqualTo(3);
            assertThat(first.hasNext()).isTrue();
            assertThat(second.items()).extracting(Organization::name).containsExactly("Gamma");
            assertThat(second.page()).isEqualTo(2);
            assertThat(second.pageSize()).isEqualTo(2);
            assertThat(second.hasNext()).isFalse();
        }
    }

    @Nested
    class OnlySiteAdminsGiveBadges {
        private final Organization organization = world.organizationOf(admin);
        private final User siteAdmin = world.aSiteAdmin();

        @Test
        void a_site_admin_adds_and_removes_a_badge() {
            var badged = addBadge.add(new AddBadge(as(siteAdmin), organization.id(), Badge.CERTIFIED));
            assertThat(badged.badges()).containsExactly(Badge.CERTIFIED);

            var unbadged = removeBadge.remove(new RemoveBadge(as(siteAdmin), organization.id(), Badge.CERTIFIED));
            assertThat(unbadged.badges()).isEmpty();
        }

        @Test
        void an_organization_admin_is_forbidden() {
            assertThatThrownBy(() -> addBadge.add(new AddBadge(as(admin), organization.id(), Badge.CERTIFIED)))
                    .isInstanceOf(Forbidden.class);
        }

        @Test
        void removing_a_badge_the_organization_lacks_is_not_found() {
            assertThatThrownBy(() -> removeBadge.remove(new RemoveBadge(as(siteAdmin), organization.id(),
                    Badge.CERTIFIED))).isInstanceOf(NotFound.class);
        }
    }
}
