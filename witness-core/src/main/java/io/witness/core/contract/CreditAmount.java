package io.witness.core.contract;

import java.util.Objects;

/** A service credit or a cap on credits: a share of the provider's monthly fee, or a fixed amount. Immutable. */
public sealed interface CreditAmount {

    /** A share of the monthly fee ("5%"). */
    record ShareOfFee(Percent share) implements CreditAmount {
        public ShareOfFee {
            Objects.requireNonNull(share, "share");
        }

        @Override
        public String toString() {
            return share + " of the monthly fee";
        }
    }

    /** A fixed amount ("250.00"). */
    record Fixed(Money amount) implements CreditAmount {
        public Fixed {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public String toString() {
            return amount.toString();
        }
    }
}
