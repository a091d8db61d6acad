package io.memberkit.domain.archfixture;

/** Wrong on purpose: a domain refusal outside the sealed DomainException family, which no switch would see. */
public class DomainFailure extends RuntimeException {
    public DomainFailure(String message) {
        super(message);
    }
}
