//! A fact's normalised value, typed. It serialises to the JSON of the `dump --json` contract
//! (keys in alphabetical order, as before), but costs a few words instead of a JSON tree: a
//! corpus holds a value for most of its million facts.

use serde::ser::{Serialize, SerializeMap, Serializer};

/// The normalised value of a date, an amount, a quantity or an event.
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    /// ISO 8601: a day, a month or a year ("2025-10-31", "2014-07", "1992").
    Date(Box<str>),
    /// One amount, or several for one figure ("70 trillion won (US$48.9 billion)"); never empty.
    Money(Box<[Amount]>),
    /// A number and its unit or counted noun ("200 members").
    Quantity {
        number: f64,
        unit: Box<str>,
    },
    Event(Box<EventValue>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    /// ISO 4217 code ("USD", "KRW").
    pub currency: Box<str>,
    pub amount: f64,
}

/// Who met, called, visited or signed what, with whom, when and where.
#[derive(Debug, Clone, PartialEq)]
pub struct EventValue {
    /// "meeting", "phone call", "visit", "agreement", "invitation"…
    pub kind: &'static str,
    /// People named in the event's sentence, as written.
    pub who: Vec<String>,
    /// The date's value (or its text when it has none).
    pub when: Option<String>,
    pub place: Option<String>,
}

impl FactValue {
    pub fn as_date(&self) -> Option<&str> {
        match self {
            FactValue::Date(d) => Some(d),
            _ => None,
        }
    }

    /// The amounts of a money fact (empty for other kinds).
    pub fn amounts(&self) -> &[Amount] {
        match self {
            FactValue::Money(a) => a,
            _ => &[],
        }
    }

    pub fn quantity(&self) -> Option<(f64, &str)> {
        match self {
            FactValue::Quantity { number, unit } => Some((*number, unit)),
            _ => None,
        }
    }

    pub fn event(&self) -> Option<&EventValue> {
        match self {
            FactValue::Event(e) => Some(e),
            _ => None,
        }
    }

    /// The value as a `serde_json::Value` (tests and tools that want the JSON form).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("amount", &self.amount)?;
        m.serialize_entry("currency", &*self.currency)?;
        m.end()
    }
}

impl Serialize for FactValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FactValue::Date(d) => s.serialize_str(d),
            FactValue::Money(amounts) => {
                let mut m = s.serialize_map(Some(3))?;
                let first = amounts.first();
                m.serialize_entry("amount", &first.map(|a| a.amount))?;
                m.serialize_entry("amounts", amounts)?;
                m.serialize_entry("currency", &first.map(|a| &*a.currency))?;
                m.end()
            }
            FactValue::Quantity { number, unit } => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("number", number)?;
                m.serialize_entry("unit", &**unit)?;
                m.end()
            }
            FactValue::Event(e) => {
                let mut m = s.serialize_map(Some(4))?;
                m.serialize_entry("type", e.kind)?;
                m.serialize_entry("when", &e.when)?;
                m.serialize_entry("where", &e.place)?;
                m.serialize_entry("who", &e.who)?;
                m.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn serialises_to_the_contract_json() {
        let money = FactValue::Money(
            vec![
                Amount {
                    currency: "KRW".into(),
                    amount: 70e12,
                },
                Amount {
                    currency: "USD".into(),
                    amount: 48.9e9,
                },
            ]
            .into(),
        );
        assert_eq!(
            money.to_json(),
            json!({"currency": "KRW", "amount": 70e12, "amounts": [
                {"currency": "KRW", "amount": 70e12}, {"currency": "USD", "amount": 48.9e9}]})
        );
        let q = FactValue::Quantity {
            number: 200.0,
            unit: "members".into(),
        };
        assert_eq!(q.to_json(), json!({"number": 200.0, "unit": "members"}));
        let e = FactValue::Event(Box::new(EventValue {
            kind: "meeting",
            who: vec!["Lee Jae-myung".into()],
            when: Some("2025-10-30".into()),
            place: None,
        }));
        assert_eq!(
            e.to_json(),
            json!({"type": "meeting", "who": ["Lee Jae-myung"], "when": "2025-10-30", "where": null})
        );
        assert_eq!(
            FactValue::Date("2014-07".into()).to_json(),
            json!("2014-07")
        );
        // Keys in alphabetical order, as the JSON maps wrote them before.
        assert_eq!(
            serde_json::to_string(&q).unwrap(),
            r#"{"number":200.0,"unit":"members"}"#
        );
    }
}
