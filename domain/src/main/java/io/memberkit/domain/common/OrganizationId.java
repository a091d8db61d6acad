package io.memberkit.domain.common;

/** An organization's id: opaque, since every provider has its own format. */
public record OrganizationId(String value) {
    public OrganizationId {
        value = Require.nonBlank(value, "organization");
    }

    @Override
    public String toString() {
        return value;
    }
}
