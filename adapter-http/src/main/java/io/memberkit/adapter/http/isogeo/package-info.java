/**
 * memberkit's outbound ports over Isogeo's API v1, "online mode" for an Isogeo account.
 * <p>
 * Build it with {@link io.memberkit.adapter.http.isogeo.IsogeoAdapter#create(IsogeoConfiguration)}. Isogeo's API
 * answers about the token's owner only, through two reads: {@code GET /account} and
 * {@code GET /account/memberships}. The decisions:
 * <ul>
 *   <li>"Me" and "my organizations with my role" work; anything about another account, a workgroup the owner is
 *       not in, a workgroup's member list, and every write are {@code BackendFailure.NotSupported("...", "isogeo")},
 *       without a request.</li>
 *   <li>Ids are {@code isogeo:<_id>}; roles: admin, writer (or editor), reader become admin, editor, partial editor
 *       (a reader edits nothing, as a partial editor with nothing assigned); {@code staff} is the site admin role.</li>
 *   <li>Isogeo errors are {@code {"error": "..."}}, or OAuth2's {@code error_description}, or not JSON at all: each
 *       status is still its memberkit error, with the page's title or first line as the message.</li>
 * </ul>
 */
package io.memberkit.adapter.http.isogeo;
