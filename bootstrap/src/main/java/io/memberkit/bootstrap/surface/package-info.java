/**
 * What the command line and the local server share for memberkit's own features (issue 11), those uData has no
 * payload for: reading a desired member list (CSV or JSON), an invitation delay ({@code 3d}), and the JSON shapes
 * of a membership plan, member counts and a join policy, in uData's snake_case.
 */
package io.memberkit.bootstrap.surface;
