package io.memberkit.application.port.out.archfixture;

/** Right: an outbound port named after its aggregate. */
public interface BadgeRepository {
    void add(String badge);
}
