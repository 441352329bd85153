//! The derived needs profile: theme priorities, the training proposal, partners, cooperation,
//! the agenda with its minutes, each with the answers it rests on.
//!
//! [`derive()`] is a pure function of the questionnaire, the rules in `assets/needs.ron` and the
//! profile, and holds only decisions (ids and values), never text: `crate::words::needs::Words` words
//! them in one language at the edge, so the Dutch and the English brief rest on the same
//! decisions. The needs are never stored in the profile.

mod derive;
pub(crate) mod rules;

pub use derive::*;
pub use rules::*;

#[cfg(test)]
mod tests {
    use super::share_minutes;

    #[test]
    fn minutes_add_up_to_the_meeting() {
        for total in [15, 30, 45, 60, 61, 90, 97, 120, 240] {
            for weights in [
                vec![1, 2, 3, 3, 2, 1],
                vec![1, 2, 5, 4, 3, 3, 2, 1],
                vec![1],
                vec![7, 1, 1, 1, 1, 1, 1, 1],
            ] {
                let shares = share_minutes(total, &weights);
                assert_eq!(shares.iter().sum::<i64>(), total, "{total} {weights:?}");
                assert!(
                    shares.iter().all(|m| *m >= 1),
                    "{total} {weights:?}: {shares:?}"
                );
                if total % 5 == 0 && total / 5 >= weights.len() as i64 {
                    assert!(shares.iter().all(|m| m % 5 == 0), "{shares:?}");
                }
            }
        }
        // A heavier item never gets less time than a lighter one.
        let s = share_minutes(60, &[1, 2, 5, 3, 2, 1]);
        assert!(s[2] >= s[3] && s[3] >= s[1] && s[1] >= s[0], "{s:?}");
        assert_eq!(share_minutes(3, &[1, 1, 1, 1, 1]), [1, 1, 1, 0, 0]);
    }
}
