package io.memberkit.domain.organization;

import io.memberkit.domain.error.InvalidInput;

/**
 * A SIRET, checked as uData checks it: 14 characters, all digits, and a Luhn checksum over the SIREN (its first 9
 * digits), except La Poste's SIRET, which does not follow the algorithm. Messages are uData's, on field
 * {@code business_number_id}, in uData's order (length first), so a remote organization uData accepted is accepted here.
 */
public record BusinessNumber(String value) {
    public static final String FIELD = "business_number_id";
    /** La Poste's SIRET, which uData accepts whatever the checksum says (the full-SIRET Luhn fails on it). */
    private static final String LA_POSTE = "35600000000048";

    public BusinessNumber {
        if (value == null) {
            throw InvalidInput.of(FIELD, "is required");
        }
        value = value.replace(" ", "");
        if (value.length() != 14) {
            throw InvalidInput.of(FIELD, "A siret number is made of 14 digits");
        }
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidInput.of(FIELD, "A siret number is only made of digits");
        }
        if (!value.equals(LA_POSTE) && !luhn(value.substring(0, 9))) {
            throw InvalidInput.of(FIELD, "Invalid Siret number");
        }
    }

    /** Blank means none. */
    public static BusinessNumber parseOptional(String value) {
        return value == null || value.isBlank() ? null : new BusinessNumber(value);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
