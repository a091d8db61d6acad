/**
 * memberkit's outbound ports over the uData API v1 (data.gouv.fr and other uData sites), "online mode".
 * <p>
 * Build it with {@link io.memberkit.adapter.http.udata.UdataAdapter#create(UdataConfiguration)}: plain construction,
 * no bean context. Every port shares one {@link io.memberkit.adapter.http.udata.UdataClient} over
 * {@link io.memberkit.adapter.http.common.RestClient} (timeouts, retries of idempotent calls, failures as the
 * application's errors). The decisions where uData does not map one to one onto the ports:
 * <ul>
 *   <li>Members live inside the organization payload and uData does not page them: member lists are paged here
 *       from that one payload ({@link io.memberkit.adapter.http.udata.UdataMemberRepository}).</li>
 *   <li>uData cannot find a membership request by id alone: the adapter remembers the organization of every
 *       request it sees, then looks in {@code /me/org_invitations/} and the key owner's organizations
 *       ({@link io.memberkit.adapter.http.udata.UdataMembershipRequestRepository}).</li>
 *   <li>The API key's owner is read from {@code GET /me/}, which carries the site roles and full email; who the
 *       owner is, is learnt once per adapter. Writes that act "as me" (following, applying, answering an
 *       invitation) are only possible for that owner.</li>
 *   <li>Each remote call is its own transaction ({@link io.memberkit.adapter.http.common.PassThroughUnitOfWork});
 *       creating writes return what uData stored, with uData's id
 *       ({@link io.memberkit.adapter.http.common.ProvisionalIds}).</li>
 *   <li>uData owns datasets, reuses and dataservices: subjects are read, never declared or removed.</li>
 * </ul>
 * The wire records ({@code wire}) and mappers ({@code mapping}) work both ways: they are the one copy of uData's
 * format, which memberkit's own uData-compatible server ({@code memberkit serve}) and its command line's JSON
 * output write too. The domain -> wire direction writes what it is given; deciding what a viewer may see (a masked
 * email, no login date) is the server's business, done before mapping. Where memberkit writes a payload that
 * names people, {@code UdataReferences} says how (by id, or in full); {@code UdataText} reads uData's spellings
 * from a person or a client, refusing a bad one as invalid input naming the field.
 */
package io.memberkit.adapter.http.udata;
