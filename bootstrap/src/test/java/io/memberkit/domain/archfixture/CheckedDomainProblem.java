package io.memberkit.domain.archfixture;

/** Wrong on purpose: a checked exception in the domain. */
public class CheckedDomainProblem extends Exception {
    public CheckedDomainProblem(String message) {
        super(message);
    }
}
