package io.memberkit.adapter.http.udata.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.adapter.http.udata.wire.UdataBadge;
import io.memberkit.domain.assignment.SubjectClass;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.MaskedEmail;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.user.SiteRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UdataValuesTest {
    @Nested
    class Dates {
        @Test
        void with_offset_and_fraction() {
            assertThat(UdataValues.instant("2014-09-12T05:39:31.894000+00:00"))
                    .isEqualTo(Instant.parse("2014-09-12T05:39:31.894Z"));
            assertThat(UdataValues.instant("2024-04-14T00:00:00+00:00")).isEqualTo(Instant.parse("2024-04-14T00:00:00Z"));
            assertThat(UdataValues.instant("2024-04-14T02:00:00+02:00")).isEqualTo(Instant.parse("2024-04-14T00:00:00Z"));
            assertThat(UdataValues.instant("2025-03-25T05:00:16.425Z")).isEqualTo(Instant.parse("2025-03-25T05:00:16.425Z"));
        }

        @Test
        void without_offset_is_utc_with_or_without_fraction() {
            assertThat(UdataValues.instant("2025-08-06T13:46:55.423000"))
                    .isEqualTo(Instant.parse("2025-08-06T13:46:55.423Z"));
            assertThat(UdataValues.instant("2024-04-14T00:00:00.123456"))
                    .isEqualTo(Instant.parse("2024-04-14T00:00:00.123456Z"));
            assertThat(UdataValues.instant("2024-04-14T00:00:00")).isEqualTo(Instant.parse("2024-04-14T00:00:00Z"));
        }

        @Test
        void a_bare_date_is_its_midnight_utc_and_blank_is_none() {
            assertThat(UdataValues.instant("2024-04-14")).isEqualTo(Instant.parse("2024-04-14T00:00:00Z"));
            assertThat(UdataValues.instant(null)).isNull();
            assertThat(UdataValues.instant(" ")).isNull();
        }

        @Test
        void anything_else_is_refused() {
            assertThatThrownBy(() -> UdataValues.instant("yesterday")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a date");
        }

        @Test
        void written_as_udata_writes_them() {
            assertThat(UdataValues.isoDate(Instant.parse("2024-04-14T00:00:00Z"))).isEqualTo("2024-04-14T00:00:00+00:00");
            assertThat(UdataValues.isoDate(Instant.parse("2014-09-12T05:39:31.894Z")))
                    .isEqualTo("2014-09-12T05:39:31.894000+00:00");
            assertThat(UdataValues.isoDate(null)).isNull();
        }
    }

    @Nested
    class Emails {
        @Test
        void a_masked_email_stays_masked() {
            assertThat(UdataValues.email("ad***@example.org")).isEqualTo(new MaskedEmail("ad***@example.org"));
            assertThat(UdataValues.email("***@data.gouv.fr")).isEqualTo(new MaskedEmail("***@data.gouv.fr"));
        }

        @Test
        void a_full_address_is_an_address_and_an_unreadable_one_is_hidden() {
            assertThat(UdataValues.email("ada@example.org")).isEqualTo(new EmailAddress("ada@example.org"));
            assertThat(UdataValues.email("5c5eb91e8b4c413baad800d1@deleted")).isNull();
            assertThat(UdataValues.email((String) null)).isNull();
        }

        @Test
        void only_a_real_address_is_written_back() {
            assertThat(UdataValues.address(new EmailAddress("ada@example.org"))).isEqualTo("ada@example.org");
            assertThat(UdataValues.address(new MaskedEmail("ad***@example.org"))).isNull();
        }
    }

    @Nested
    class Spellings {
        @Test
        void roles() {
            assertThat(UdataValues.memberRole("admin")).isEqualTo(MemberRole.ADMIN);
            assertThat(UdataValues.memberRole("editor")).isEqualTo(MemberRole.EDITOR);
            assertThat(UdataValues.memberRole("partial_editor")).isEqualTo(MemberRole.PARTIAL_EDITOR);
            assertThat(UdataValues.memberRole(MemberRole.PARTIAL_EDITOR)).isEqualTo("partial_editor");
            assertThatThrownBy(() -> UdataValues.memberRole("owner")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void badges_unknown_ones_skipped() {
            assertThat(UdataValues.badges(List.of(new UdataBadge("public-service"), new UdataBadge("certified"),
                    new UdataBadge("association"), new UdataBadge("company"), new UdataBadge("local-authority"),
                    new UdataBadge("spotlight")))).containsExactlyInAnyOrder(Badge.values());
            assertThat(UdataValues.badges(Set.of(Badge.LOCAL_AUTHORITY, Badge.PUBLIC_SERVICE)))
                    .extracting(UdataBadge::kind).containsExactly("public-service", "local-authority");
        }

        @Test
        void subject_classes() {
            assertThat(UdataValues.subjectClass("Dataset")).isEqualTo(SubjectClass.DATASET);
            assertThat(UdataValues.subjectClass("Reuse")).isEqualTo(SubjectClass.REUSE);
            assertThat(UdataValues.subjectClass("Dataservice")).isEqualTo(SubjectClass.DATASERVICE);
            assertThat(UdataValues.subjectClass(SubjectClass.DATASERVICE)).isEqualTo("Dataservice");
            assertThatThrownBy(() -> UdataValues.subjectClass("dataset")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void statuses_and_kinds() {
            for (var status : RequestStatus.values()) {
                assertThat(UdataValues.requestStatus(UdataValues.requestStatus(status))).isEqualTo(status);
            }
            assertThat(UdataValues.requestStatus(RequestStatus.CANCELED)).isEqualTo("canceled");
            assertThat(UdataValues.requestKind("invitation")).isEqualTo(RequestKind.INVITATION);
            assertThat(UdataValues.requestKind((String) null)).isEqualTo(RequestKind.REQUEST);
            assertThat(UdataValues.requestStatus("expired")).isEqualTo(RequestStatus.EXPIRED);
            assertThatThrownBy(() -> UdataValues.requestStatus("lapsed")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void site_roles_unknown_ones_skipped() {
            assertThat(UdataValues.siteRoles(List.of("admin", "moderator"))).containsExactly(SiteRole.ADMIN);
            assertThat(UdataValues.siteRoles((List<String>) null)).isEmpty();
            assertThat(UdataValues.siteRoles(Set.of(SiteRole.ADMIN))).containsExactly("admin");
        }

        @Test
        void decorative_values_memberkit_would_refuse_are_dropped() {
            assertThat(UdataValues.webUrl("www.example.org")).isNull();
            // memberkit checks a SIRET as uData does (the Luhn sum of its SIREN): one uData accepted reads back
            assertThat(UdataValues.businessNumber("13002526500014").value()).isEqualTo("13002526500014");
            assertThat(UdataValues.businessNumber("12345678901234")).isNull();
            assertThat(UdataValues.businessNumber("13002526500013").value()).isEqualTo("13002526500013");
        }
    }
}
