package io.memberkit.application.port.in.archfixture;

/** Wrong on purpose: a command as a mutable class, not a record. */
public final class CancelSomeoneCommand {
    private String email;

    public String email() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
