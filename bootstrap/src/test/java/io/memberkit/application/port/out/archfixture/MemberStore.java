package io.memberkit.application.port.out.archfixture;

/** Wrong on purpose: an outbound port named after a technology, not an intention. */
public interface MemberStore {
    void save(Object member);
}
