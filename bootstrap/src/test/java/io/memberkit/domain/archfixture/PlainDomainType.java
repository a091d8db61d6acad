package io.memberkit.domain.archfixture;

import io.memberkit.domain.common.Slug;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

/** Right: a domain type using only the domain and the JDK packages the domain may use. */
public record PlainDomainType(Slug slug, Instant at, List<String> tags, BigDecimal amount) {
    public String folded() {
        return Normalizer.normalize(slug.value(), Normalizer.Form.NFD);
    }
}
