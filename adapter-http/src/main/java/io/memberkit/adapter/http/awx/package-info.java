/**
 * memberkit's outbound ports over an AWX server's API v2 (AWX, Ansible Tower, Automation Controller).
 * <p>
 * Build it with {@link io.memberkit.adapter.http.awx.AwxAdapter#create(AwxConfiguration)}. The decisions where AWX
 * does not map one to one onto the ports:
 * <ul>
 *   <li>An organization's members are two role lists, {@code admins/} and {@code users/}: memberkit's admins and
 *       editors, an admin counting once ({@link io.memberkit.adapter.http.awx.AwxMemberRepository}). Auditors are
 *       not members; AWX has no partial editors.</li>
 *   <li>Members join by a direct add ({@code AddMemberUseCase}, {@code MemberRepository.add}), never by an
 *       invitation: invitations and requests are {@code NotSupported}. Changes are AWX associations, sent once.</li>
 *   <li>Lists are walked by following {@code next}, only its query and on the configured host, one page held at a
 *       time ({@link io.memberkit.adapter.http.awx.AwxClient}).</li>
 *   <li>Ids are {@code awx:<id>}. {@code /api/v2/me/} is a list envelope with exactly one user; anything else is a
 *       bad answer.</li>
 * </ul>
 * Left to do: two AWX servers feeding one local database would share the {@code awx:} prefix; memberkit does not
 * create, edit or delete AWX accounts or organizations (they need AWX passwords and settings it does not hold).
 */
package io.memberkit.adapter.http.awx;
