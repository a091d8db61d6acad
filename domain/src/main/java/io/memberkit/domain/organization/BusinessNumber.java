package io.memberkit.domain.organization;

import io.memberkit.domain.error.InvalidInput;

/** A SIRET: 14 digits whose Luhn checksum holds. Messages are uData's, on field {@code business_number_id}. */
public record BusinessNumber(String value) {
    public static final String FIELD = "business_number_id";

    public BusinessNumber {
        if (value == null) {
            throw InvalidInput.of(FIELD, "is required");
        }
        value = value.replace(" ", "");
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidInput.of(FIELD, "A siret number is only made of digits");
        }
        if (value.length() != 14) {
            throw InvalidInput.of(FIELD, "A siret number is made of 14 digits");
        }
        if (!luhn(value)) {
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
