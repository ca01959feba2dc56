//! The budget ledger (*budgetadministratie*): every amount is an entry, and each kind of entry
//! knows what it does to the reserved and committed sums. Entries are only ever added: a
//! reservation is released by a release, a commitment corrected by a correction.

/// The kinds of entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// Held while a decision waits for a co-sign or an approval.
    Reservation,
    /// Spent: the decision is final.
    Commitment,
    /// A reservation given back (negative amount): the decision was rejected, withdrawn, or
    /// became a commitment.
    Release,
    /// The difference between a final decision's actual cost and what it committed.
    Correction,
}

impl EntryKind {
    pub const ALL: [EntryKind; 4] = [
        EntryKind::Reservation,
        EntryKind::Commitment,
        EntryKind::Release,
        EntryKind::Correction,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            EntryKind::Reservation => "reservation",
            EntryKind::Commitment => "commitment",
            EntryKind::Release => "release",
            EntryKind::Correction => "correction",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == value)
    }

    /// Whether the entry moves the reserved sum (else the committed one).
    pub const fn moves_reserved(self) -> bool {
        matches!(self, EntryKind::Reservation | EntryKind::Release)
    }
}

/// Reserved (waiting for a co-sign or approval) and committed (final) amounts in cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sums {
    pub reserved: i64,
    pub committed: i64,
}

impl Sums {
    pub fn used(&self) -> i64 {
        self.reserved.saturating_add(self.committed)
    }

    pub fn add(&mut self, other: Sums) {
        self.reserved = self.reserved.saturating_add(other.reserved);
        self.committed = self.committed.saturating_add(other.committed);
    }
}

/// One entry to book: its kind and its signed amount in cents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntryKind,
    pub amount_cents: i64,
}

impl Entry {
    pub const fn reservation(amount_cents: i64) -> Self {
        Self {
            kind: EntryKind::Reservation,
            amount_cents,
        }
    }

    pub const fn commitment(amount_cents: i64) -> Self {
        Self {
            kind: EntryKind::Commitment,
            amount_cents,
        }
    }

    /// Gives back a reservation of `amount_cents`: booked as its negative.
    pub const fn release(amount_cents: i64) -> Self {
        Self {
            kind: EntryKind::Release,
            amount_cents: -amount_cents,
        }
    }

    /// Moves what is committed by `delta_cents` (either sign).
    pub const fn correction(delta_cents: i64) -> Self {
        Self {
            kind: EntryKind::Correction,
            amount_cents: delta_cents,
        }
    }

    /// What booking this entry does to the running sums.
    pub const fn effect(self) -> Sums {
        if self.kind.moves_reserved() {
            Sums {
                reserved: self.amount_cents,
                committed: 0,
            }
        } else {
            Sums {
                reserved: 0,
                committed: self.amount_cents,
            }
        }
    }

    /// A kind and stored amount read back.
    pub const fn stored(kind: EntryKind, amount_cents: i64) -> Self {
        Self { kind, amount_cents }
    }
}

/// What the entries add up to.
pub fn total_effect(entries: &[Entry]) -> Sums {
    let mut sums = Sums::default();
    for entry in entries {
        sums.add(entry.effect());
    }
    sums
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_moves_its_own_sum() {
        assert_eq!(
            Entry::reservation(500).effect(),
            Sums {
                reserved: 500,
                committed: 0
            }
        );
        assert_eq!(
            Entry::commitment(500).effect(),
            Sums {
                reserved: 0,
                committed: 500
            }
        );
        assert_eq!(
            Entry::release(500).effect(),
            Sums {
                reserved: -500,
                committed: 0
            }
        );
        assert_eq!(
            Entry::correction(-120).effect(),
            Sums {
                reserved: 0,
                committed: -120
            }
        );
    }

    #[test]
    fn a_reservation_released_and_committed_leaves_only_the_commitment() {
        let entries = [
            Entry::reservation(350),
            Entry::release(350),
            Entry::commitment(350),
        ];
        assert_eq!(
            total_effect(&entries),
            Sums {
                reserved: 0,
                committed: 350
            }
        );
    }

    #[test]
    fn kinds_round_trip_their_stored_names() {
        for kind in EntryKind::ALL {
            assert_eq!(EntryKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EntryKind::parse("refund"), None);
    }
}
