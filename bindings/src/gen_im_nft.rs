///Module containing a contract's types and functions.
/**

```solidity
library IGenImNFT {
    type Status is uint8;
    struct Request { address requester; uint8 tier; uint256 paid; uint64 deadline; Status status; bytes32 metadataHash; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IGenImNFT {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Status(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Status> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'_>
            {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(self).0
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encoded_size(
                    self,
                )
            }
        }
        impl Status {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for Status {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Status> for u8 {
            fn from(value: Status) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Status {
            type RustType = u8;
            type Token<'a> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Status {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                    rust,
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Request { address requester; uint8 tier; uint256 paid; uint64 deadline; Status status; bytes32 metadataHash; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Request {
        #[allow(missing_docs)]
        pub requester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tier: u8,
        #[allow(missing_docs)]
        pub paid: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: u64,
        #[allow(missing_docs)]
        pub status: <Status as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub metadataHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<64>,
            Status,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
            u64,
            <Status as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Request> for UnderlyingRustTuple<'_> {
            fn from(value: Request) -> Self {
                (
                    value.requester,
                    value.tier,
                    value.paid,
                    value.deadline,
                    value.status,
                    value.metadataHash,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Request {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    requester: tuple.0,
                    tier: tuple.1,
                    paid: tuple.2,
                    deadline: tuple.3,
                    status: tuple.4,
                    metadataHash: tuple.5,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Request {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Request {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.requester,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.tier),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.paid),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <Status as alloy_sol_types::SolType>::tokenize(&self.status),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.metadataHash),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(
                    &tuple, out,
                )
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(
                    &tuple,
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Request {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Request {
            const NAME: &'static str = "Request";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Request(address requester,uint8 tier,uint256 paid,uint64 deadline,uint8 status,bytes32 metadataHash)",
                )
            }
            #[inline]
            fn eip712_components(
            ) -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>>
            {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.requester,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.tier)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.paid)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.deadline)
                        .0,
                    <Status as alloy_sol_types::SolType>::eip712_data_word(&self.status)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.metadataHash)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Request {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.requester,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.tier)
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.paid)
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.deadline,
                    )
                    + <Status as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.status,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.metadataHash,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.requester,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.tier,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.paid,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.deadline,
                    out,
                );
                <Status as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.status, out);
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.metadataHash,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IGenImNFT`](self) contract instance.

    See the [wrapper's documentation](`IGenImNFTInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IGenImNFTInstance<P, N> {
        IGenImNFTInstance::<P, N>::new(address, __provider)
    }
    /**A [`IGenImNFT`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`IGenImNFT`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IGenImNFTInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IGenImNFTInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IGenImNFTInstance")
                .field(&self.address)
                .finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IGenImNFTInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`IGenImNFT`](self) contract instance.

        See the [wrapper's documentation](`IGenImNFTInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IGenImNFTInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IGenImNFTInstance<P, N> {
            IGenImNFTInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IGenImNFTInstance<P, N>
    {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IGenImNFTInstance<P, N>
    {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IGenImNFT {
    type Status is uint8;
    struct Request {
        address requester;
        uint8 tier;
        uint256 paid;
        uint64 deadline;
        Status status;
        bytes32 metadataHash;
    }
}

interface GenImNFT {
    error AccountBalanceOverflow();
    error BalanceQueryForZeroAddress();
    error DeadlineNotReached(uint256 tokenId, uint64 deadline);
    error DeadlinePassed(uint256 tokenId, uint64 deadline);
    error EmptyPrompt();
    error InvalidMetadataHash(bytes32 metadataHash);
    error InvalidPrice(uint256 price, uint256 maxPrice);
    error InvalidWindow(uint32 window, uint32 maxWindow);
    error LengthMismatch(uint256 tokenIds, uint256 metadataHashes);
    error MintingPaused();
    error NoSurplus();
    error NonexistentToken(uint256 tokenId);
    error NotAgent(address caller);
    error NotHolderNorApproved(address caller, uint256 tokenId);
    error NotOwnerNorApproved();
    error NotPending(uint256 tokenId, IGenImNFT.Status status);
    error NothingToClaim(address account);
    error OwnableInvalidOwner(address owner);
    error OwnableUnauthorizedAccount(address account);
    error PromptTooLong(uint256 length, uint256 maxLength);
    error RoyaltyOverflow();
    error RoyaltyReceiverIsZeroAddress();
    error TierDisabled(uint8 tier);
    error TokenAlreadyExists();
    error TokenDoesNotExist();
    error TokenPredatesAgent(uint256 tokenId, address agent, uint256 firstTokenId);
    error TransferFailed(address to, uint256 amount);
    error TransferFromIncorrectOwner();
    error TransferToNonERC721ReceiverImplementer();
    error TransferToZeroAddress();
    error UnexpectedEther(uint256 value);
    error WrongPayment(uint256 expected, uint256 sent);
    error ZeroAddress();

    event AgentSet(address indexed agent, bool authorized, uint256 firstTokenId);
    event Approval(address indexed owner, address indexed account, uint256 indexed id);
    event ApprovalForAll(address indexed owner, address indexed operator, bool isApproved);
    event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId);
    event Claimed(address indexed account, uint256 amount);
    event ContractURIUpdated();
    event FulfilmentSkipped(uint256 indexed tokenId, IGenImNFT.Status status);
    event ImageDelivered(uint256 indexed tokenId, address indexed agent, bytes32 metadataHash, uint256 paid);
    event ImageRequested(uint256 indexed tokenId, address indexed requester, uint8 indexed tier, uint256 paid, uint64 deadline, string prompt);
    event MetadataBaseURISet(string baseURI);
    event MetadataUpdate(uint256 _tokenId);
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event Paused(address account);
    event PaymentCredited(address indexed account, uint256 amount);
    event PlaceholderImageSet(string image);
    event Refunded(uint256 indexed tokenId, address indexed holder, uint256 amount);
    event SurplusWithdrawn(address indexed to, uint256 amount);
    event TierSet(uint8 indexed tier, uint256 price, uint32 window);
    event Transfer(address indexed from, address indexed to, uint256 indexed id);
    event Unpaused(address account);

    constructor(address initialOwner);

    function MAX_PRICE() external view returns (uint256);
    function MAX_PROMPT_BYTES() external view returns (uint256);
    function MAX_WINDOW() external view returns (uint32);
    function acceptOwnership() external;
    function agentFirstTokenId(address account) external view returns (uint256);
    function approve(address account, uint256 id) external payable;
    function balanceOf(address owner) external view returns (uint256 result);
    function claim() external;
    function contractURI() external view returns (string memory);
    function credits(address account) external view returns (uint256 amount);
    function fulfil(uint256 tokenId, bytes32 metadataHash) external;
    function fulfilBatch(uint256[] memory tokenIds, bytes32[] memory metadataHashes) external returns (uint256 delivered);
    function getApproved(uint256 id) external view returns (address result);
    function isAgent(address account) external view returns (bool);
    function isApprovedForAll(address owner, address operator) external view returns (bool result);
    function metadataBaseURI() external view returns (string memory);
    function mint(string memory prompt, uint8 tier) external payable returns (uint256 tokenId);
    function name() external pure returns (string memory);
    function owner() external view returns (address);
    function ownerOf(uint256 id) external view returns (address result);
    function pause() external;
    function paused() external view returns (bool);
    function pendingEscrow() external view returns (uint256);
    function pendingOwner() external view returns (address);
    function placeholderImage() external view returns (string memory);
    function refund(uint256 tokenId) external;
    function renounceOwnership() external;
    function request(uint256 tokenId) external view returns (IGenImNFT.Request memory r);
    function royaltyInfo(uint256 tokenId, uint256 salePrice) external view returns (address receiver, uint256 royaltyAmount);
    function safeTransferFrom(address from, address to, uint256 id) external payable;
    function safeTransferFrom(address from, address to, uint256 id, bytes memory data) external payable;
    function setAgent(address agent, bool authorized) external;
    function setApprovalForAll(address operator, bool isApproved) external;
    function setContractURI(string memory uri) external;
    function setDefaultRoyalty(address receiver, uint96 feeBps) external;
    function setMetadataBaseURI(string memory baseURI) external;
    function setPlaceholderImage(string memory image) external;
    function setTier(uint8 tier, uint256 price, uint32 window) external;
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function surplus() external view returns (uint256);
    function symbol() external pure returns (string memory);
    function tiers(uint8 tier) external view returns (uint256 price, uint32 window);
    function tokenURI(uint256 tokenId) external view returns (string memory);
    function totalCredits() external view returns (uint256);
    function totalMinted() external view returns (uint256);
    function transferFrom(address from, address to, uint256 id) external payable;
    function transferOwnership(address newOwner) external;
    function unpause() external;
    function withdrawSurplus(address to) external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "initialOwner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "MAX_PRICE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_PROMPT_BYTES",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_WINDOW",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "acceptOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "agentFirstTokenId",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "approve",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "result",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claim",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "contractURI",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "credits",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "fulfil",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "metadataHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "fulfilBatch",
    "inputs": [
      {
        "name": "tokenIds",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "metadataHashes",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "outputs": [
      {
        "name": "delivered",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "getApproved",
    "inputs": [
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "result",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isAgent",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isApprovedForAll",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "result",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "metadataBaseURI",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "mint",
    "inputs": [
      {
        "name": "prompt",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "tier",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "name",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "owner",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "ownerOf",
    "inputs": [
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "result",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pause",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "paused",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pendingEscrow",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pendingOwner",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "placeholderImage",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "refund",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "request",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "r",
        "type": "tuple",
        "internalType": "struct IGenImNFT.Request",
        "components": [
          {
            "name": "requester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "tier",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "paid",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum IGenImNFT.Status"
          },
          {
            "name": "metadataHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "royaltyInfo",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "salePrice",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "receiver",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "royaltyAmount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "safeTransferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "safeTransferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "setAgent",
    "inputs": [
      {
        "name": "agent",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "authorized",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setApprovalForAll",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "isApproved",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setContractURI",
    "inputs": [
      {
        "name": "uri",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setDefaultRoyalty",
    "inputs": [
      {
        "name": "receiver",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "feeBps",
        "type": "uint96",
        "internalType": "uint96"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMetadataBaseURI",
    "inputs": [
      {
        "name": "baseURI",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setPlaceholderImage",
    "inputs": [
      {
        "name": "image",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setTier",
    "inputs": [
      {
        "name": "tier",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "price",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "window",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "surplus",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "symbol",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "tiers",
    "inputs": [
      {
        "name": "tier",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "price",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "window",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "tokenURI",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalCredits",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalMinted",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "transferOwnership",
    "inputs": [
      {
        "name": "newOwner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unpause",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "withdrawSurplus",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "AgentSet",
    "inputs": [
      {
        "name": "agent",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "authorized",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "firstTokenId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Approval",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "id",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ApprovalForAll",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "isApproved",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BatchMetadataUpdate",
    "inputs": [
      {
        "name": "_fromTokenId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "_toTokenId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Claimed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ContractURIUpdated",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FulfilmentSkipped",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "status",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IGenImNFT.Status"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ImageDelivered",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "agent",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "metadataHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "paid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ImageRequested",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "requester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "tier",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "paid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "prompt",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MetadataBaseURISet",
    "inputs": [
      {
        "name": "baseURI",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MetadataUpdate",
    "inputs": [
      {
        "name": "_tokenId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferStarted",
    "inputs": [
      {
        "name": "previousOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferred",
    "inputs": [
      {
        "name": "previousOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Paused",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PaymentCredited",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PlaceholderImageSet",
    "inputs": [
      {
        "name": "image",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Refunded",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "holder",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SurplusWithdrawn",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TierSet",
    "inputs": [
      {
        "name": "tier",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "price",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "window",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Transfer",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "id",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Unpaused",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccountBalanceOverflow",
    "inputs": []
  },
  {
    "type": "error",
    "name": "BalanceQueryForZeroAddress",
    "inputs": []
  },
  {
    "type": "error",
    "name": "DeadlineNotReached",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "DeadlinePassed",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "EmptyPrompt",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidMetadataHash",
    "inputs": [
      {
        "name": "metadataHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidPrice",
    "inputs": [
      {
        "name": "price",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxPrice",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidWindow",
    "inputs": [
      {
        "name": "window",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "maxWindow",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "LengthMismatch",
    "inputs": [
      {
        "name": "tokenIds",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "metadataHashes",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "MintingPaused",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NoSurplus",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NonexistentToken",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotAgent",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotHolderNorApproved",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotOwnerNorApproved",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotPending",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum IGenImNFT.Status"
      }
    ]
  },
  {
    "type": "error",
    "name": "NothingToClaim",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "OwnableInvalidOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "OwnableUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "PromptTooLong",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxLength",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RoyaltyOverflow",
    "inputs": []
  },
  {
    "type": "error",
    "name": "RoyaltyReceiverIsZeroAddress",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TierDisabled",
    "inputs": [
      {
        "name": "tier",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "TokenAlreadyExists",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TokenDoesNotExist",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TokenPredatesAgent",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "agent",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "firstTokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TransferFailed",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TransferFromIncorrectOwner",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TransferToNonERC721ReceiverImplementer",
    "inputs": []
  },
  {
    "type": "error",
    "name": "TransferToZeroAddress",
    "inputs": []
  },
  {
    "type": "error",
    "name": "UnexpectedEther",
    "inputs": [
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WrongPayment",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "sent",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroAddress",
    "inputs": []
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod GenImNFT {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060405161400838038061400883398101604081905261002e916101c3565b8061003d565b60405180910390fd5b6001600160a01b03811661006657604051631e4fbdf760e01b81525f6004820152602401610034565b61006f8161009d565b50604080518082019091526007815266697066733a2f2f60c81b6020820152610097906100b9565b50610377565b600180546001600160a01b03191690556100b681610174565b50565b60096100c58282610288565b5080516020820120600a805460ff19167f66f0790b1cbe0dcac007f07341b00cafe2bda254914729058b5209e04b702afe929092149190911790556040517f7e0ac5d538a393526c366571cb91abc7c22f4176cdde90749df3a28a3950c0d790610130908390610342565b60405180910390a1604080515f81525f1960208201527f6bd5c950a8d8df17f772f5af37cb3655737899cbf903264b9795592da439661c910160405180910390a150565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f602082840312156101d3575f5ffd5b81516001600160a01b03811681146101e9575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061021857607f821691505b60208210810361023657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561028357805f5260205f20601f840160051c810160208510156102615750805b601f840160051c820191505b81811015610280575f815560010161026d565b50505b505050565b81516001600160401b038111156102a1576102a16101f0565b6102b5816102af8454610204565b8461023c565b6020601f8211600181146102e7575f83156102d05750848201515b5f19600385901b1c1916600184901b178455610280565b5f84815260208120601f198516915b8281101561031657878501518255602094850194600190920191016102f6565b508482101561033357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b613c84806103845f395ff3fe60806040526004361061030e575f3560e01c806370a082311161019c578063b75f1aef116100e7578063e30c397811610092578063f2fde38b1161006d578063f2fde38b14610989578063f3006c87146109a8578063fb94bd8a146109bb578063fe5ff468146109da575f5ffd5b8063e30c397814610917578063e8a3d48514610941578063e985e9c514610955575f5ffd5b8063d1d79974116100c2578063d1d7997414610863578063d845a4b3146108c0578063deb96634146108ec575f5ffd5b8063b75f1aef14610812578063b88d4fde14610831578063c87b56dd14610844575f5ffd5b806395d89b4111610147578063a22cb46511610122578063a22cb465146107c0578063a2309ff8146107df578063b5bd3eb9146107fd575f5ffd5b806395d89b411461074857806397d8c6761461078d5780639f3d1a2a146107ac575f5ffd5b80638456cb59116101775780638456cb59146106ec5780638da5cb5b14610700578063938e3d7b14610729575f5ffd5b806370a08231146106a5578063715018a6146106c457806379ba5097146106d8575f5ffd5b80632a55205a1161025c5780634e71d92d116102075780636352211e116101e25780636352211e1461065257806365e73e32146106715780636bc8470e14610690575f5ffd5b80634e71d92d146105ee5780635c1a109b146106025780635c975abb14610621575f5ffd5b806342842e0e1161023757806342842e0e146105a8578063448d8c5c146105bb578063458030c0146105cf575f5ffd5b80632a55205a1461051f5780633cb597aa1461056a5780633f4ba83a14610594575f5ffd5b8063095ea7b3116102bc5780631ffbb064116102975780631ffbb064146104aa57806323b872dd146104ed578063278ecde114610500575f5ffd5b8063095ea7b3146104425780630afe71bd146104555780631388856514610496575f5ffd5b806304e81bc3116102ec57806304e81bc31461039157806306fdde03146103b0578063081812fc146103fe575f5ffd5b806301c11d961461031257806301ffc9a71461034157806304634d8d14610370575b5f5ffd5b34801561031d575f5ffd5b5061032e683b9ac9ffffc465360081565b6040519081526020015b60405180910390f35b34801561034c575f5ffd5b5061036061035b366004613017565b610a05565b6040519015158152602001610338565b34801561037b575f5ffd5b5061038f61038a366004613079565b610a9b565b005b34801561039c575f5ffd5b5061038f6103ab3660046130be565b610ab1565b3480156103bb575f5ffd5b5060408051808201909152600881527f47656e496d4e465400000000000000000000000000000000000000000000000060208201525b60405161033891906130de565b348015610409575f5ffd5b5061041d610418366004613113565b610c13565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610338565b61038f61045036600461312a565b610c4e565b348015610460575f5ffd5b5061032e61046f366004613152565b73ffffffffffffffffffffffffffffffffffffffff165f9081526006602052604090205490565b3480156104a1575f5ffd5b5061032e610c93565b3480156104b5575f5ffd5b506103606104c4366004613152565b73ffffffffffffffffffffffffffffffffffffffff165f90815260066020526040902054151590565b61038f6104fb36600461316b565b610ce1565b34801561050b575f5ffd5b5061038f61051a366004613113565b610df3565b34801561052a575f5ffd5b5061053e6105393660046130be565b610fa3565b6040805173ffffffffffffffffffffffffffffffffffffffff9093168352602083019190915201610338565b348015610575575f5ffd5b5061032e60025460401c6fffffffffffffffffffffffffffffffff1690565b34801561059f575f5ffd5b5061038f610ff6565b61038f6105b636600461316b565b61105c565b3480156105c6575f5ffd5b506103f1611088565b3480156105da575f5ffd5b5061038f6105e93660046131b5565b611118565b3480156105f9575f5ffd5b5061038f61127e565b34801561060d575f5ffd5b5061032e61061c366004613242565b611373565b34801561062c575f5ffd5b506002547801000000000000000000000000000000000000000000000000161515610360565b34801561065d575f5ffd5b5061041d61066c366004613113565b611507565b34801561067c575f5ffd5b5061038f61068b366004613152565b611550565b34801561069b575f5ffd5b5061032e6103e881565b3480156106b0575f5ffd5b5061032e6106bf366004613152565b611699565b3480156106cf575f5ffd5b5061038f6116d1565b3480156106e3575f5ffd5b5061038f6116e4565b3480156106f7575f5ffd5b5061038f611758565b34801561070b575f5ffd5b505f5473ffffffffffffffffffffffffffffffffffffffff1661041d565b348015610734575f5ffd5b5061038f6107433660046132ec565b6117b1565b348015610753575f5ffd5b5060408051808201909152600581527f47454e494d00000000000000000000000000000000000000000000000000000060208201526103f1565b348015610798575f5ffd5b5061038f6107a736600461332b565b6117f3565b3480156107b7575f5ffd5b506103f16118f8565b3480156107cb575f5ffd5b5061038f6107da36600461332b565b611907565b3480156107ea575f5ffd5b5060025467ffffffffffffffff1661032e565b348015610808575f5ffd5b5061032e60085481565b34801561081d575f5ffd5b5061038f61082c3660046132ec565b61195a565b61038f61083f366004613359565b6119e6565b34801561084f575f5ffd5b506103f161085e366004613113565b611a39565b34801561086e575f5ffd5b506108a661087d3660046133c3565b60ff165f90815260036020526040902054633b9aca0064ffffffffff8216029160289190911c90565b6040805192835263ffffffff909116602083015201610338565b3480156108cb575f5ffd5b506108df6108da366004613113565b611aaa565b6040516103389190613442565b3480156108f7575f5ffd5b5061090262278d0081565b60405163ffffffff9091168152602001610338565b348015610922575f5ffd5b5060015473ffffffffffffffffffffffffffffffffffffffff1661041d565b34801561094c575f5ffd5b506103f1611c42565b348015610960575f5ffd5b5061036061096f3660046134af565b601c52670a5a2e7a000000006008525f526030600c205490565b348015610994575f5ffd5b5061038f6109a3366004613152565b611c51565b61032e6109b63660046134e0565b611d00565b3480156109c6575f5ffd5b5061038f6109d53660046132ec565b611e50565b3480156109e5575f5ffd5b5061032e6109f4366004613152565b60076020525f908152604090205481565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f49064906000000000000000000000000000000000000000000000000000000001480610a775750610a77826301ffc9a760e09190911c9081146380ac58cd821417635b5e139f9091141790565b80610a955750632a55205a60e083901c9081146301ffc9a791909114175b92915050565b610aa3611e96565b610aad8282611ee8565b5050565b5f610aba611f36565b905080831015610b0b576040517f654ed13100000000000000000000000000000000000000000000000000000000815260048101849052336024820152604481018290526064015b60405180910390fd5b610b1482611f84565b5f83815260046020526040902054610b2b81611fc4565b610b6d5783610b3985611fd7565b6040517f8b28b8fa000000000000000000000000000000000000000000000000000000008152600401610b02929190613530565b5f610b7f8260281c64ffffffffff1690565b90508067ffffffffffffffff16421115610bd8576040517f6f0a34820000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff82166024820152604401610b02565b5f610be486848761203b565b9050604081901b60025f828254610bfb9190613571565b90915550610c0b905033826120ce565b505050505050565b5f815f52673ec412a9852d173d60c11b601c5260205f2082018201805460601b610c445763ceea21b65f526004601cfd5b6001015492915050565b3415610c88576040517fcb470c4a000000000000000000000000000000000000000000000000000000008152346004820152602401610b02565b610aad338383612185565b5f5f600854610cb660025460401c6fffffffffffffffffffffffffffffffff1690565b610cc09190613584565b905047818111610cd0575f610cda565b610cda8282613571565b9250505090565b610cec83838361221f565b5f818152673ec412a9852d173d60c11b3317601c526020902081018101805473ffffffffffffffffffffffffffffffffffffffff9485169493841693811691908286148302610d4a5767ceea21b6a1148100831560021b526004601cfd5b855f528160010154925082331486331417610d76576030600c2054610d7657634b6e7f185f526004601cfd5b8215610d83575f82600101555b85851818905550601c600c81812080545f190190555f84905220805460010163ffffffff81168402610dc45767ea553b3401336cea841560021b526004601cfd5b90558082847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f38a45b505050565b5f81815260046020526040902054610e0a81611fc4565b610e185781610b3983611fd7565b610e223383612336565b610e61576040517fefd36e2f00000000000000000000000000000000000000000000000000000000815233600482015260248101839052604401610b02565b5f610e738260281c64ffffffffff1690565b90508067ffffffffffffffff164211610ecb576040517fad3664a60000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff82166024820152604401610b02565b5f838152673ec412a9852d173d60c11b601c5260208120840184015473ffffffffffffffffffffffffffffffffffffffff1690610f07846123ac565b905060045f8681526020019081526020015f205f9055604081901b60025f828254610f329190613571565b90915550610f419050856123c0565b8173ffffffffffffffffffffffffffffffffffffffff16857f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c483604051610f8a91815260200190565b60405180910390a3610f9c82826120ce565b5050505050565b5f82815268aa4ec00224afccfdb76020526040812054606081901c91906127109083610fd6576020515490508060601c93505b606084901b18845f19829004811182023d3d3e9396930204935090915050565b610ffe611e96565b600280547ffffffffffffffffeffffffffffffffffffffffffffffffffffffffffffffffff1690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b611067838383610ce1565b813b15610dee57610dee83838360405180602001604052805f8152506123ca565b6060600b805461109790613597565b80601f01602080910402602001604051908101604052809291908181526020018280546110c390613597565b801561110e5780601f106110e55761010080835404028352916020019161110e565b820191905f5260205f20905b8154815290600101906020018083116110f157829003601f168201915b5050505050905090565b611120611e96565b61112e633b9aca0083613615565b1515806111435750683b9ac9ffffc465360082115b1561118c576040517faf608abb00000000000000000000000000000000000000000000000000000000815260048101839052683b9ac9ffffc46536006024820152604401610b02565b62278d0063ffffffff821611806111b1575063ffffffff81161580156111b157508115155b156111f9576040517f8dff201e00000000000000000000000000000000000000000000000000000000815263ffffffff8216600482015262278d006024820152604401610b02565b611207633b9aca0083613628565b60ff84165f818152600360205260409081902068ffffffff0000000000602886901b169390931790925590517f5f0a47ef6ff1fdf52894dcf806bd4247a09fdfb3fa85499f2a1966ef34135ab990611271908590859091825263ffffffff16602082015260400190565b60405180910390a2505050565b335f90815260076020526040812054908190036112c9576040517f64ab3466000000000000000000000000000000000000000000000000000000008152336004820152602401610b02565b335f908152600760205260408120819055600880548392906112ec908490613571565b909155505060405181815233907fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a9060200160405180910390a261133133825a61244b565b611370576040517f1c43b97600000000000000000000000000000000000000000000000000000000815233600482015260248101829052604401610b02565b50565b5f5f61137d611f36565b9050848381146113c3576040517fab8b67c60000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610b02565b5f5f5b828110156114d0575f8989838181106113e1576113e161363b565b9050602002013590505f8888848181106113fd576113fd61363b565b90506020020135905061140f81611f84565b5f8281526004602052604090205486831080611431575061142f81611fc4565b155b8061145557506114488160281c64ffffffffff1690565b67ffffffffffffffff1642115b156114a257827f1752693dbc819012e39450fd854bb9f5ce6a088ea0d71fbca2a81c4fa330865361148585611fd7565b6040516114929190613668565b60405180910390a25050506114c8565b6114ad83828461203b565b6114b79086613584565b94506114c288613676565b97505050505b6001016113c6565b5080156114fc57604081901b60025f8282546114ec9190613571565b909155506114fc905033826120ce565b505050949350505050565b5f818152673ec412a9852d173d60c11b601c5260209020810181015473ffffffffffffffffffffffffffffffffffffffff168061154b5763ceea21b65f526004601cfd5b919050565b611558611e96565b73ffffffffffffffffffffffffffffffffffffffff81166115a5576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6115ae610c93565b9050805f036115e9576040517fc0ef17d300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8173ffffffffffffffffffffffffffffffffffffffff167fb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd18260405161163191815260200190565b60405180910390a261164482825a61244b565b610aad576040517f1c43b97600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260248101829052604401610b02565b5f816116ac57638f4eb6045f526004601cfd5b673ec412a9852d173d60c11b601c52815f5263ffffffff601c600c2054169050919050565b6116d9611e96565b6116e25f61245c565b565b600154339073ffffffffffffffffffffffffffffffffffffffff16811461174f576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610b02565b6113708161245c565b611760611e96565b6002805478010000000000000000000000000000000000000000000000001790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001611052565b6117b9611e96565b600c6117c68284836136ff565b506040517fa5d4097edda6d87cb9329af83fb3712ef77eeb13738ffe43cc35a4ce305ad962905f90a15050565b6117fb611e96565b73ffffffffffffffffffffffffffffffffffffffff8216611848576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8115611898575073ffffffffffffffffffffffffffffffffffffffff82165f9081526006602052604081205490819003611898576002546118959067ffffffffffffffff166001613584565b90505b73ffffffffffffffffffffffffffffffffffffffff83165f81815260066020908152604091829020849055815185151581529081018490527f36d16dcf69c4ae17afa769d974448070cb8625f1ac0d3aa9db6ba9441f7f0e589101611271565b60606009805461109790613597565b801515905081601c52670a5a2e7a00000000600852335f52806030600c2055805f528160601b60601c337f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160205fa35050565b611962611e96565b600b61196f8284836136ff565b507f2209b31ad80f3ed1baf76c9962cbef9586e012e839d26991fd8798a55bea507582826040516119a19291906137e2565b60405180910390a1604080515f81525f1960208201527f6bd5c950a8d8df17f772f5af37cb3655737899cbf903264b9795592da439661c910160405180910390a15050565b6119f1858585610ce1565b833b15610f9c57610f9c85858585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506123ca92505050565b5f81815260046020526040902054606090608081901c15611a6457611a5d8161248d565b9392505050565b805f03611aa0576040517f2f4163e700000000000000000000000000000000000000000000000000000000815260048101849052602401610b02565b611a5d83826124e8565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152611ae482611fd7565b81608001906003811115611afa57611afa6133dc565b90816003811115611b0d57611b0d6133dc565b9052505f81608001516003811115611b2757611b276133dc565b03611b3157919050565b5f828152673ec412a9852d173d60c11b601c5260208082208401840154848352600590915260409091205460a09190911c9073ffffffffffffffffffffffffffffffffffffffff1680611bb5575f848152673ec412a9852d173d60c11b601c5260209020840184015473ffffffffffffffffffffffffffffffffffffffff16611bb7565b805b73ffffffffffffffffffffffffffffffffffffffff16835260ff605083901c166020840152611be5826123ac565b6040840152611bfb8260281c64ffffffffff1690565b67ffffffffffffffff166060840152600283608001516003811115611c2257611c226133dc565b03611c3b575f8481526004602052604090205460a08401525b5050919050565b6060600c805461109790613597565b611c59611e96565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155611cbb5f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f611d0b8484612708565b6002547801000000000000000000000000000000000000000000000000811615611d61576040517feb56075600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611d6b8461278a565b90505f611d77826123ac565b9050611d8e67ffffffffffffffff84166001613584565b9350611dc2604082901b7fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000085168617613584565b6002555f848152600460205260409020829055611df333856aff00000000000000000000605089901b168517612850565b60ff851633857facc124ff3d39079d3d888d8bf3b0fe0a70ed949f352460ae5d43b6f723a7fd2484611e2c8760281c64ffffffffff1690565b8c8c604051611e3e94939291906137fd565b60405180910390a45050509392505050565b611e58611e96565b610aad82828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128e292505050565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146116e2576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610b02565b6bffffffffffffffffffffffff1661271080821115611f0e5763350a88b35f526004601cfd5b8260601b80611f245763b4457eaa5f526004601cfd5b90911768aa4ec00224afccfdb7555050565b335f9081526006602052604081205490819003611f81576040517f52f49c95000000000000000000000000000000000000000000000000000000008152336004820152602401610b02565b90565b608081901c5f03611370576040517f860e32dc00000000000000000000000000000000000000000000000000000000815260048101829052602401610b02565b5f8115801590610a9557505060801c1590565b5f81815260046020526040812054608081901c15611ff85750600292915050565b80156120075750600192915050565b5f838152673ec412a9852d173d60c11b601c5260208120840184015460a01c9003612032575f611a5d565b60039392505050565b5f838152600460205260408120829055612054836123ac565b6040805184815260208101839052919250339186917f0147ed71c462a579fc1deaa84d2abcaa04808dd9b2e385d1437e2e1f89d49e4f910160405180910390a36040518481527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a19392505050565b6120dc8282620186a061244b565b156120e5575050565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526007602052604081208054839290612119908490613584565b925050819055508060085f8282546121319190613584565b909155505060405181815273ffffffffffffffffffffffffffffffffffffffff8316907fbf377c684817c24483856b59fef97f3394a5556f5e6e25b2d922e951f4944d2b9060200160405180910390a25050565b5f1960601c82811692508381169350815f5283673ec412a9852d173d60c11b17601c5260205f2082018201805482169150816121c85763ceea21b65f526004601cfd5b8185148515176121ec57815f526030600c20546121ec57634b6e7f185f526004601cfd5b6001018390558183827f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f38a450505050565b73ffffffffffffffffffffffffffffffffffffffff831661223f57505050565b3415612279576040517fcb470c4a000000000000000000000000000000000000000000000000000000008152346004820152602401610b02565b5f818152673ec412a9852d173d60c11b601c5260209020810181015460a01c6b0100000000000000000000008116156122b25750505050565b5f828152600560209081526040822080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8816179055673ec412a9852d173d60c11b601c52902082018201805460a081811c6b010000000000000000000000851718901b18905550505050565b5f81815273ffffffffffffffffffffffffffffffffffffffff928316673ec412a9852d173d60c11b8117601c526020909120820182018054919360019216806123865763ceea21b65f526004601cfd5b8085146123a457805f526030600c20546123a4578160010154851492505b505092915050565b5f64ffffffffff8216633b9aca0002610a95565b6113705f826129bb565b60405163150b7a028082523360208301528560601b60601c604083015283606083015260808083015282518060a08401528015612411578060c08401826020870160045afa505b60208360a48301601c86015f8a5af1612432573d15612432573d5f843e3d83fd5b508060e01b825114610c0b5763d1a57ed65f526004601cfd5b5f5f385f38868887f1949350505050565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561137081612a99565b600a5460609060ff16156124ca576124a482612b0d565b6040516020016124b49190613847565b6040516020818303038152906040529050919050565b60096124d7836020612d29565b6040516020016124b4929190613878565b60605f6124fc8360281c64ffffffffff1690565b905067ffffffffffffffff811642115f61251586612daf565b82612538576040518060600160405280602c8152602001613c4c602c9139612552565b604051806080016040528060428152602001613c0a604291395b6125e3600b805461256290613597565b80601f016020809104026020016040519081016040528092919081815260200182805461258e90613597565b80156125d95780601f106125b0576101008083540402835291602001916125d9565b820191905f5260205f20905b8154815290600101906020018083116125bc57829003601f168201915b5050505050612df1565b612625605061260d8b5f818152673ec412a9852d173d60c11b601c52602090208101015460a01c90565b6bffffffffffffffffffffffff16901c60ff16612daf565b85612665576040518060400160405280600a81526020017f47656e65726174696e670000000000000000000000000000000000000000000081525061269c565b6040518060400160405280600a81526020017f526566756e6461626c65000000000000000000000000000000000000000000008152505b6126af8867ffffffffffffffff16612daf565b6040516020016126c496959493929190613938565b60405160208183030381529060405290506126de81612dfd565b6040516020016126ee9190613b06565b604051602081830303815290604052935050505092915050565b805f819003612743576040517fb8a7f21900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6103e8811115610dee576040517f3b7c8672000000000000000000000000000000000000000000000000000000008152600481018290526103e86024820152604401610b02565b60ff81165f9081526003602052604081205464ffffffffff81168083036127e2576040517f9c0de6e500000000000000000000000000000000000000000000000000000000815260ff85166004820152602401610b02565b633b9aca0064ffffffffff821602348114612832576040517f0dd32d1c00000000000000000000000000000000000000000000000000000000815260048101829052346024820152604401610b02565b5f612841602885901c42613584565b60281b90921795945050505050565b61285b5f848461221f565b8260601b60601c9250815f52673ec412a9852d173d60c11b601c52828160a01b1760205f208301830155825f52601c600c20600181540163ffffffff811685026128b45767ea553b3401336cea851560021b526004601cfd5b905581835f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8138a4505050565b60096128ee8282613b37565b5080516020820120600a80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00167f66f0790b1cbe0dcac007f07341b00cafe2bda254914729058b5209e04b702afe929092149190911790556040517f7e0ac5d538a393526c366571cb91abc7c22f4176cdde90749df3a28a3950c0d7906129779083906130de565b60405180910390a1604080515f81525f1960208201527f6bd5c950a8d8df17f772f5af37cb3655737899cbf903264b9795592da439661c910160405180910390a150565b5f6129c582611507565b90506129d2815f8461221f565b505f81815273ffffffffffffffffffffffffffffffffffffffff928316673ec412a9852d173d60c11b8117601c526020909120820182018054919382169182612a225763ceea21b65f526004601cfd5b825f52816001015480861484871417861517612a4f576030600c2054612a4f57634b6e7f185f526004601cfd5b8015612a5c575f83600101555b5082189055601c600c2080545f19019055815f827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8238a4505050565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60408051603b80825260608281019093525f91906020820181803683370190505090507f6200000000000000000000000000000000000000000000000000000000000000815f81518110612b6357612b6361363b565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a905350825f5b612ba06001603b613571565b811015612d20575f612bb3826005613bf2565b90505f6020612bc3836005613584565b11612be457612bd382601b613571565b6301551220901c601f169050612c93565b6020821015612c46575f612bf9836020613571565b90505f612c0882610100613571565b5f19901c9050612c19826005613571565b612c2590610100613571565b86901c612c33836005613571565b82630155122016901b1792505050612c93565b610120612c54836005613584565b11612c7257612c658261011b613571565b84901c601f169050612c93565b610120612c80836005613584565b612c8a9190613571565b84901b601f1690505b7f6162636465666768696a6b6c6d6e6f707172737475767778797a3233343536378160208110612cc557612cc561363b565b1a60f81b85612cd5856001613584565b81518110612ce557612ce561363b565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053505050806001019050612b94565b50909392505050565b6060601f1960428360011b0116604051019050602081016040525f8152806f30313233343536373839616263646566600f528283018203600119855b600f811651948201946001860153600f8160041c1651855360081c848303612d65578015612d9a57632194895a5f526004601cfd5b505050819003601f1990910190815292915050565b60606080604051019050602081016040525f8152805f19835b928101926030600a8206018453600a900480612dc8575050819003601f19909101908152919050565b6060610a95825f612e0a565b6060610a95825f5f612f0a565b604051602081018215612e1f57602281536001015b7b5c75303030303031323334353637383961626364656662746e00667260155283516b1000000000000004000000009085015b808614612ee25760018601955060ff86511660208110612e9b57826001821b16612e855780845360018401935050612e52565b605c845380600185015360028401935050612e52565b6137006001821b16612ec8578060041c51601d53600f811651601e53601951845260068401935050612e52565b605c84536008810151600185015350600283019250612e52565b50508215612ef257602281536001015b5f8152601f1982820301825260200160405292915050565b60608351801561300f576003600282010460021b60405192507f4142434445464748494a4b4c4d4e4f505152535455565758595a616263646566601f526106708515027f6768696a6b6c6d6e6f707172737475767778797a303132333435363738392d5f18603f526020830181810183886020010180515f82525b60038a0199508951603f8160121c16515f53603f81600c1c1651600153603f8160061c1651600253603f811651600353505f518452600484019350828410612f855790526020016040527f3d3d00000000000000000000000000000000000000000000000000000000000060038406600204808303919091525f8615159091029182900352900382525b509392505050565b5f60208284031215613027575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611a5d575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff8116811461154b575f5ffd5b5f5f6040838503121561308a575f5ffd5b61309383613056565b915060208301356bffffffffffffffffffffffff811681146130b3575f5ffd5b809150509250929050565b5f5f604083850312156130cf575f5ffd5b50508035926020909101359150565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215613123575f5ffd5b5035919050565b5f5f6040838503121561313b575f5ffd5b61314483613056565b946020939093013593505050565b5f60208284031215613162575f5ffd5b611a5d82613056565b5f5f5f6060848603121561317d575f5ffd5b61318684613056565b925061319460208501613056565b929592945050506040919091013590565b803560ff8116811461154b575f5ffd5b5f5f5f606084860312156131c7575f5ffd5b6131d0846131a5565b925060208401359150604084013563ffffffff811681146131ef575f5ffd5b809150509250925092565b5f5f83601f84011261320a575f5ffd5b50813567ffffffffffffffff811115613221575f5ffd5b6020830191508360208260051b850101111561323b575f5ffd5b9250929050565b5f5f5f5f60408587031215613255575f5ffd5b843567ffffffffffffffff81111561326b575f5ffd5b613277878288016131fa565b909550935050602085013567ffffffffffffffff811115613296575f5ffd5b6132a2878288016131fa565b95989497509550505050565b5f5f83601f8401126132be575f5ffd5b50813567ffffffffffffffff8111156132d5575f5ffd5b60208301915083602082850101111561323b575f5ffd5b5f5f602083850312156132fd575f5ffd5b823567ffffffffffffffff811115613313575f5ffd5b61331f858286016132ae565b90969095509350505050565b5f5f6040838503121561333c575f5ffd5b61334583613056565b9150602083013580151581146130b3575f5ffd5b5f5f5f5f5f6080868803121561336d575f5ffd5b61337686613056565b945061338460208701613056565b935060408601359250606086013567ffffffffffffffff8111156133a6575f5ffd5b6133b2888289016132ae565b969995985093965092949392505050565b5f602082840312156133d3575f5ffd5b611a5d826131a5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6004811061343e577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f60c08201905073ffffffffffffffffffffffffffffffffffffffff835116825260ff60208401511660208301526040830151604083015267ffffffffffffffff606084015116606083015260808301516134a06080840182613409565b5060a092830151919092015290565b5f5f604083850312156134c0575f5ffd5b6134c983613056565b91506134d760208401613056565b90509250929050565b5f5f5f604084860312156134f2575f5ffd5b833567ffffffffffffffff811115613508575f5ffd5b613514868287016132ae565b90945092506135279050602085016131a5565b90509250925092565b82815260408101611a5d6020830184613409565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610a9557610a95613544565b80820180821115610a9557610a95613544565b600181811c908216806135ab57607f821691505b6020821081036135e2577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82613623576136236135e8565b500690565b5f82613636576136366135e8565b500490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b60208101610a958284613409565b5f5f19820361368757613687613544565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f821115610dee57805f5260205f20601f840160051c810160208510156136e05750805b601f840160051c820191505b81811015610f9c575f81556001016136ec565b67ffffffffffffffff8311156137175761371761368e565b61372b836137258354613597565b836136bb565b5f601f84116001811461375c575f85156137455750838201355b5f19600387901b1c1916600186901b178355610f9c565b5f83815260208120601f198716915b8281101561378b578685013582556020948501946001909201910161376b565b50868210156137a7575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b602081525f6137f56020830184866137b9565b949350505050565b84815267ffffffffffffffff84166020820152606060408201525f6138266060830184866137b9565b9695505050505050565b5f81518060208401855e5f93019283525090919050565b7f697066733a2f2f0000000000000000000000000000000000000000000000000081525f611a5d6007830184613830565b5f5f845461388581613597565b60018216801561389c57600181146138cf576138fc565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00831686528115158202860193506138fc565b875f5260205f205f5b838110156138f4578154888201526001909101906020016138d8565b505081860193505b5050506139098185613830565b7f2e6a736f6e000000000000000000000000000000000000000000000000000000815260050195945050505050565b7f7b226e616d65223a2247656e496d4e465420230000000000000000000000000081525f6139696013830189613830565b7f222c226465736372697074696f6e223a2200000000000000000000000000000081526139996011820189613830565b90507f222c22696d616765223a2200000000000000000000000000000000000000000081526139cb600b820188613830565b90507f222c2261747472696275746573223a5b7b2274726169745f74797065223a225481527f696572222c2276616c7565223a000000000000000000000000000000000000006020820152613a23602d820187613830565b90507f7d2c7b2274726169745f74797065223a22537461747573222c2276616c75652281527f3a220000000000000000000000000000000000000000000000000000000000006020820152613a7b6022820186613830565b90507f227d2c7b22646973706c61795f74797065223a2264617465222c22747261697481527f5f74797065223a22446561646c696e65222c2276616c7565223a0000000000006020820152613ad3603a820185613830565b7f7d5d7d000000000000000000000000000000000000000000000000000000000081526003019998505050505050505050565b7f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c00000081525f611a5d601d830184613830565b815167ffffffffffffffff811115613b5157613b5161368e565b613b6581613b5f8454613597565b846136bb565b6020601f821160018114613b97575f8315613b805750848201515b5f19600385901b1c1916600184901b178455610f9c565b5f84815260208120601f198516915b82811015613bc65787850151825560209485019460019092019101613ba6565b5084821015613be357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082028115828204841417610a9557610a9561354456fe4e6f20696d616765207761732064656c69766572656420696e2074696d652e2054686520686f6c6465722063616e20726566756e6420746865207061796d656e742e54686520696d61676520666f72207468697320746f6b656e206973206265696e672067656e6572617465642ea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa@\x088\x03\x80a@\x08\x839\x81\x01`@\x81\x90Ra\0.\x91a\x01\xC3V[\x80a\0=V[`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x81\x16a\0fW`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\x004V[a\0o\x81a\0\x9DV[P`@\x80Q\x80\x82\x01\x90\x91R`\x07\x81Rfipfs://`\xC8\x1B` \x82\x01Ra\0\x97\x90a\0\xB9V[Pa\x03wV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x90Ua\0\xB6\x81a\x01tV[PV[`\ta\0\xC5\x82\x82a\x02\x88V[P\x80Q` \x82\x01 `\n\x80T`\xFF\x19\x16\x7Ff\xF0y\x0B\x1C\xBE\r\xCA\xC0\x07\xF0sA\xB0\x0C\xAF\xE2\xBD\xA2T\x91G)\x05\x8BR\t\xE0Kp*\xFE\x92\x90\x92\x14\x91\x90\x91\x17\x90U`@Q\x7F~\n\xC5\xD58\xA3\x93Rl6eq\xCB\x91\xAB\xC7\xC2/Av\xCD\xDE\x90t\x9D\xF3\xA2\x8A9P\xC0\xD7\x90a\x010\x90\x83\x90a\x03BV[`@Q\x80\x91\x03\x90\xA1`@\x80Q_\x81R_\x19` \x82\x01R\x7Fk\xD5\xC9P\xA8\xD8\xDF\x17\xF7r\xF5\xAF7\xCB6Usx\x99\xCB\xF9\x03&K\x97\x95Y-\xA49f\x1C\x91\x01`@Q\x80\x91\x03\x90\xA1PV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[_` \x82\x84\x03\x12\x15a\x01\xD3W__\xFD[\x81Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01\xE9W__\xFD[\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x02\x18W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x026WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x02\x83W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x02aWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x02\x80W_\x81U`\x01\x01a\x02mV[PP[PPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x02\xA1Wa\x02\xA1a\x01\xF0V[a\x02\xB5\x81a\x02\xAF\x84Ta\x02\x04V[\x84a\x02<V[` `\x1F\x82\x11`\x01\x81\x14a\x02\xE7W_\x83\x15a\x02\xD0WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x02\x80V[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a\x03\x16W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\x02\xF6V[P\x84\x82\x10\x15a\x033W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[a<\x84\x80a\x03\x84_9_\xF3\xFE`\x80`@R`\x046\x10a\x03\x0EW_5`\xE0\x1C\x80cp\xA0\x821\x11a\x01\x9CW\x80c\xB7_\x1A\xEF\x11a\0\xE7W\x80c\xE3\x0C9x\x11a\0\x92W\x80c\xF2\xFD\xE3\x8B\x11a\0mW\x80c\xF2\xFD\xE3\x8B\x14a\t\x89W\x80c\xF3\0l\x87\x14a\t\xA8W\x80c\xFB\x94\xBD\x8A\x14a\t\xBBW\x80c\xFE_\xF4h\x14a\t\xDAW__\xFD[\x80c\xE3\x0C9x\x14a\t\x17W\x80c\xE8\xA3\xD4\x85\x14a\tAW\x80c\xE9\x85\xE9\xC5\x14a\tUW__\xFD[\x80c\xD1\xD7\x99t\x11a\0\xC2W\x80c\xD1\xD7\x99t\x14a\x08cW\x80c\xD8E\xA4\xB3\x14a\x08\xC0W\x80c\xDE\xB9f4\x14a\x08\xECW__\xFD[\x80c\xB7_\x1A\xEF\x14a\x08\x12W\x80c\xB8\x8DO\xDE\x14a\x081W\x80c\xC8{V\xDD\x14a\x08DW__\xFD[\x80c\x95\xD8\x9BA\x11a\x01GW\x80c\xA2,\xB4e\x11a\x01\"W\x80c\xA2,\xB4e\x14a\x07\xC0W\x80c\xA20\x9F\xF8\x14a\x07\xDFW\x80c\xB5\xBD>\xB9\x14a\x07\xFDW__\xFD[\x80c\x95\xD8\x9BA\x14a\x07HW\x80c\x97\xD8\xC6v\x14a\x07\x8DW\x80c\x9F=\x1A*\x14a\x07\xACW__\xFD[\x80c\x84V\xCBY\x11a\x01wW\x80c\x84V\xCBY\x14a\x06\xECW\x80c\x8D\xA5\xCB[\x14a\x07\0W\x80c\x93\x8E={\x14a\x07)W__\xFD[\x80cp\xA0\x821\x14a\x06\xA5W\x80cqP\x18\xA6\x14a\x06\xC4W\x80cy\xBAP\x97\x14a\x06\xD8W__\xFD[\x80c*U Z\x11a\x02\\W\x80cNq\xD9-\x11a\x02\x07W\x80ccR!\x1E\x11a\x01\xE2W\x80ccR!\x1E\x14a\x06RW\x80ce\xE7>2\x14a\x06qW\x80ck\xC8G\x0E\x14a\x06\x90W__\xFD[\x80cNq\xD9-\x14a\x05\xEEW\x80c\\\x1A\x10\x9B\x14a\x06\x02W\x80c\\\x97Z\xBB\x14a\x06!W__\xFD[\x80cB\x84.\x0E\x11a\x027W\x80cB\x84.\x0E\x14a\x05\xA8W\x80cD\x8D\x8C\\\x14a\x05\xBBW\x80cE\x800\xC0\x14a\x05\xCFW__\xFD[\x80c*U Z\x14a\x05\x1FW\x80c<\xB5\x97\xAA\x14a\x05jW\x80c?K\xA8:\x14a\x05\x94W__\xFD[\x80c\t^\xA7\xB3\x11a\x02\xBCW\x80c\x1F\xFB\xB0d\x11a\x02\x97W\x80c\x1F\xFB\xB0d\x14a\x04\xAAW\x80c#\xB8r\xDD\x14a\x04\xEDW\x80c'\x8E\xCD\xE1\x14a\x05\0W__\xFD[\x80c\t^\xA7\xB3\x14a\x04BW\x80c\n\xFEq\xBD\x14a\x04UW\x80c\x13\x88\x85e\x14a\x04\x96W__\xFD[\x80c\x04\xE8\x1B\xC3\x11a\x02\xECW\x80c\x04\xE8\x1B\xC3\x14a\x03\x91W\x80c\x06\xFD\xDE\x03\x14a\x03\xB0W\x80c\x08\x18\x12\xFC\x14a\x03\xFEW__\xFD[\x80c\x01\xC1\x1D\x96\x14a\x03\x12W\x80c\x01\xFF\xC9\xA7\x14a\x03AW\x80c\x04cM\x8D\x14a\x03pW[__\xFD[4\x80\x15a\x03\x1DW__\xFD[Pa\x03.h;\x9A\xC9\xFF\xFF\xC4e6\0\x81V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x03LW__\xFD[Pa\x03`a\x03[6`\x04a0\x17V[a\n\x05V[`@Q\x90\x15\x15\x81R` \x01a\x038V[4\x80\x15a\x03{W__\xFD[Pa\x03\x8Fa\x03\x8A6`\x04a0yV[a\n\x9BV[\0[4\x80\x15a\x03\x9CW__\xFD[Pa\x03\x8Fa\x03\xAB6`\x04a0\xBEV[a\n\xB1V[4\x80\x15a\x03\xBBW__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R`\x08\x81R\x7FGenImNFT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01R[`@Qa\x038\x91\x90a0\xDEV[4\x80\x15a\x04\tW__\xFD[Pa\x04\x1Da\x04\x186`\x04a1\x13V[a\x0C\x13V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x038V[a\x03\x8Fa\x04P6`\x04a1*V[a\x0CNV[4\x80\x15a\x04`W__\xFD[Pa\x03.a\x04o6`\x04a1RV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x06` R`@\x90 T\x90V[4\x80\x15a\x04\xA1W__\xFD[Pa\x03.a\x0C\x93V[4\x80\x15a\x04\xB5W__\xFD[Pa\x03`a\x04\xC46`\x04a1RV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x06` R`@\x90 T\x15\x15\x90V[a\x03\x8Fa\x04\xFB6`\x04a1kV[a\x0C\xE1V[4\x80\x15a\x05\x0BW__\xFD[Pa\x03\x8Fa\x05\x1A6`\x04a1\x13V[a\r\xF3V[4\x80\x15a\x05*W__\xFD[Pa\x05>a\x0596`\x04a0\xBEV[a\x0F\xA3V[`@\x80Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83R` \x83\x01\x91\x90\x91R\x01a\x038V[4\x80\x15a\x05uW__\xFD[Pa\x03.`\x02T`@\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[4\x80\x15a\x05\x9FW__\xFD[Pa\x03\x8Fa\x0F\xF6V[a\x03\x8Fa\x05\xB66`\x04a1kV[a\x10\\V[4\x80\x15a\x05\xC6W__\xFD[Pa\x03\xF1a\x10\x88V[4\x80\x15a\x05\xDAW__\xFD[Pa\x03\x8Fa\x05\xE96`\x04a1\xB5V[a\x11\x18V[4\x80\x15a\x05\xF9W__\xFD[Pa\x03\x8Fa\x12~V[4\x80\x15a\x06\rW__\xFD[Pa\x03.a\x06\x1C6`\x04a2BV[a\x13sV[4\x80\x15a\x06,W__\xFD[P`\x02Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x15\x15a\x03`V[4\x80\x15a\x06]W__\xFD[Pa\x04\x1Da\x06l6`\x04a1\x13V[a\x15\x07V[4\x80\x15a\x06|W__\xFD[Pa\x03\x8Fa\x06\x8B6`\x04a1RV[a\x15PV[4\x80\x15a\x06\x9BW__\xFD[Pa\x03.a\x03\xE8\x81V[4\x80\x15a\x06\xB0W__\xFD[Pa\x03.a\x06\xBF6`\x04a1RV[a\x16\x99V[4\x80\x15a\x06\xCFW__\xFD[Pa\x03\x8Fa\x16\xD1V[4\x80\x15a\x06\xE3W__\xFD[Pa\x03\x8Fa\x16\xE4V[4\x80\x15a\x06\xF7W__\xFD[Pa\x03\x8Fa\x17XV[4\x80\x15a\x07\x0BW__\xFD[P_Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x04\x1DV[4\x80\x15a\x074W__\xFD[Pa\x03\x8Fa\x07C6`\x04a2\xECV[a\x17\xB1V[4\x80\x15a\x07SW__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R`\x05\x81R\x7FGENIM\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01Ra\x03\xF1V[4\x80\x15a\x07\x98W__\xFD[Pa\x03\x8Fa\x07\xA76`\x04a3+V[a\x17\xF3V[4\x80\x15a\x07\xB7W__\xFD[Pa\x03\xF1a\x18\xF8V[4\x80\x15a\x07\xCBW__\xFD[Pa\x03\x8Fa\x07\xDA6`\x04a3+V[a\x19\x07V[4\x80\x15a\x07\xEAW__\xFD[P`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03.V[4\x80\x15a\x08\x08W__\xFD[Pa\x03.`\x08T\x81V[4\x80\x15a\x08\x1DW__\xFD[Pa\x03\x8Fa\x08,6`\x04a2\xECV[a\x19ZV[a\x03\x8Fa\x08?6`\x04a3YV[a\x19\xE6V[4\x80\x15a\x08OW__\xFD[Pa\x03\xF1a\x08^6`\x04a1\x13V[a\x1A9V[4\x80\x15a\x08nW__\xFD[Pa\x08\xA6a\x08}6`\x04a3\xC3V[`\xFF\x16_\x90\x81R`\x03` R`@\x90 Tc;\x9A\xCA\0d\xFF\xFF\xFF\xFF\xFF\x82\x16\x02\x91`(\x91\x90\x91\x1C\x90V[`@\x80Q\x92\x83Rc\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x038V[4\x80\x15a\x08\xCBW__\xFD[Pa\x08\xDFa\x08\xDA6`\x04a1\x13V[a\x1A\xAAV[`@Qa\x038\x91\x90a4BV[4\x80\x15a\x08\xF7W__\xFD[Pa\t\x02b'\x8D\0\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x038V[4\x80\x15a\t\"W__\xFD[P`\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x04\x1DV[4\x80\x15a\tLW__\xFD[Pa\x03\xF1a\x1CBV[4\x80\x15a\t`W__\xFD[Pa\x03`a\to6`\x04a4\xAFV[`\x1CRg\nZ.z\0\0\0\0`\x08R_R`0`\x0C T\x90V[4\x80\x15a\t\x94W__\xFD[Pa\x03\x8Fa\t\xA36`\x04a1RV[a\x1CQV[a\x03.a\t\xB66`\x04a4\xE0V[a\x1D\0V[4\x80\x15a\t\xC6W__\xFD[Pa\x03\x8Fa\t\xD56`\x04a2\xECV[a\x1EPV[4\x80\x15a\t\xE5W__\xFD[Pa\x03.a\t\xF46`\x04a1RV[`\x07` R_\x90\x81R`@\x90 T\x81V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7FI\x06I\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\nwWPa\nw\x82c\x01\xFF\xC9\xA7`\xE0\x91\x90\x91\x1C\x90\x81\x14c\x80\xACX\xCD\x82\x14\x17c[^\x13\x9F\x90\x91\x14\x17\x90V[\x80a\n\x95WPc*U Z`\xE0\x83\x90\x1C\x90\x81\x14c\x01\xFF\xC9\xA7\x91\x90\x91\x14\x17[\x92\x91PPV[a\n\xA3a\x1E\x96V[a\n\xAD\x82\x82a\x1E\xE8V[PPV[_a\n\xBAa\x1F6V[\x90P\x80\x83\x10\x15a\x0B\x0BW`@Q\x7FeN\xD11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R3`$\x82\x01R`D\x81\x01\x82\x90R`d\x01[`@Q\x80\x91\x03\x90\xFD[a\x0B\x14\x82a\x1F\x84V[_\x83\x81R`\x04` R`@\x90 Ta\x0B+\x81a\x1F\xC4V[a\x0BmW\x83a\x0B9\x85a\x1F\xD7V[`@Q\x7F\x8B(\xB8\xFA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x0B\x02\x92\x91\x90a50V[_a\x0B\x7F\x82`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11\x15a\x0B\xD8W`@Q\x7Fo\n4\x82\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x0B\x02V[_a\x0B\xE4\x86\x84\x87a ;V[\x90P`@\x81\x90\x1B`\x02_\x82\x82Ta\x0B\xFB\x91\x90a5qV[\x90\x91UPa\x0C\x0B\x90P3\x82a \xCEV[PPPPPPV[_\x81_Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` _ \x82\x01\x82\x01\x80T``\x1Ba\x0CDWc\xCE\xEA!\xB6_R`\x04`\x1C\xFD[`\x01\x01T\x92\x91PPV[4\x15a\x0C\x88W`@Q\x7F\xCBG\x0CJ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R4`\x04\x82\x01R`$\x01a\x0B\x02V[a\n\xAD3\x83\x83a!\x85V[__`\x08Ta\x0C\xB6`\x02T`@\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x0C\xC0\x91\x90a5\x84V[\x90PG\x81\x81\x11a\x0C\xD0W_a\x0C\xDAV[a\x0C\xDA\x82\x82a5qV[\x92PPP\x90V[a\x0C\xEC\x83\x83\x83a\"\x1FV[_\x81\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B3\x17`\x1CR` \x90 \x81\x01\x81\x01\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x94\x93\x84\x16\x93\x81\x16\x91\x90\x82\x86\x14\x83\x02a\rJWg\xCE\xEA!\xB6\xA1\x14\x81\0\x83\x15`\x02\x1BR`\x04`\x1C\xFD[\x85_R\x81`\x01\x01T\x92P\x823\x14\x863\x14\x17a\rvW`0`\x0C Ta\rvWcKn\x7F\x18_R`\x04`\x1C\xFD[\x82\x15a\r\x83W_\x82`\x01\x01U[\x85\x85\x18\x18\x90UP`\x1C`\x0C\x81\x81 \x80T_\x19\x01\x90U_\x84\x90R \x80T`\x01\x01c\xFF\xFF\xFF\xFF\x81\x16\x84\x02a\r\xC4Wg\xEAU;4\x013l\xEA\x84\x15`\x02\x1BR`\x04`\x1C\xFD[\x90U\x80\x82\x84\x7F\xDD\xF2R\xAD\x1B\xE2\xC8\x9Bi\xC2\xB0h\xFC7\x8D\xAA\x95+\xA7\xF1c\xC4\xA1\x16(\xF5ZM\xF5#\xB3\xEF_8\xA4[PPPV[_\x81\x81R`\x04` R`@\x90 Ta\x0E\n\x81a\x1F\xC4V[a\x0E\x18W\x81a\x0B9\x83a\x1F\xD7V[a\x0E\"3\x83a#6V[a\x0EaW`@Q\x7F\xEF\xD3n/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0B\x02V[_a\x0Es\x82`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11a\x0E\xCBW`@Q\x7F\xAD6d\xA6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x0B\x02V[_\x83\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x81 \x84\x01\x84\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a\x0F\x07\x84a#\xACV[\x90P`\x04_\x86\x81R` \x01\x90\x81R` \x01_ _\x90U`@\x81\x90\x1B`\x02_\x82\x82Ta\x0F2\x91\x90a5qV[\x90\x91UPa\x0FA\x90P\x85a#\xC0V[\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85\x7F|\xA5G+~\xA7\x8C,\x01A\xC5\xA1.\xE6\xD1p\xCFL\xE8\xED\x06\xBE=\"\xC8%-\xDF\xC7\xA6\xA2\xC4\x83`@Qa\x0F\x8A\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3a\x0F\x9C\x82\x82a \xCEV[PPPPPV[_\x82\x81Rh\xAAN\xC0\x02$\xAF\xCC\xFD\xB7` R`@\x81 T``\x81\x90\x1C\x91\x90a'\x10\x90\x83a\x0F\xD6W` QT\x90P\x80``\x1C\x93P[``\x84\x90\x1B\x18\x84_\x19\x82\x90\x04\x81\x11\x82\x02==>\x93\x96\x93\x02\x04\x93P\x90\x91PPV[a\x0F\xFEa\x1E\x96V[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U`@Q3\x81R\x7F]\xB9\xEE\nI[\xF2\xE6\xFF\x9C\x91\xA7\x83L\x1B\xA4\xFD\xD2D\xA5\xE8\xAANS{\xD3\x8A\xEA\xE4\xB0s\xAA\x90` \x01[`@Q\x80\x91\x03\x90\xA1V[a\x10g\x83\x83\x83a\x0C\xE1V[\x81;\x15a\r\xEEWa\r\xEE\x83\x83\x83`@Q\x80` \x01`@R\x80_\x81RPa#\xCAV[```\x0B\x80Ta\x10\x97\x90a5\x97V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x10\xC3\x90a5\x97V[\x80\x15a\x11\x0EW\x80`\x1F\x10a\x10\xE5Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x11\x0EV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x10\xF1W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90P\x90V[a\x11 a\x1E\x96V[a\x11.c;\x9A\xCA\0\x83a6\x15V[\x15\x15\x80a\x11CWPh;\x9A\xC9\xFF\xFF\xC4e6\0\x82\x11[\x15a\x11\x8CW`@Q\x7F\xAF`\x8A\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90Rh;\x9A\xC9\xFF\xFF\xC4e6\0`$\x82\x01R`D\x01a\x0B\x02V[b'\x8D\0c\xFF\xFF\xFF\xFF\x82\x16\x11\x80a\x11\xB1WPc\xFF\xFF\xFF\xFF\x81\x16\x15\x80\x15a\x11\xB1WP\x81\x15\x15[\x15a\x11\xF9W`@Q\x7F\x8D\xFF \x1E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01Rb'\x8D\0`$\x82\x01R`D\x01a\x0B\x02V[a\x12\x07c;\x9A\xCA\0\x83a6(V[`\xFF\x84\x16_\x81\x81R`\x03` R`@\x90\x81\x90 h\xFF\xFF\xFF\xFF\0\0\0\0\0`(\x86\x90\x1B\x16\x93\x90\x93\x17\x90\x92U\x90Q\x7F_\nG\xEFo\xF1\xFD\xF5(\x94\xDC\xF8\x06\xBDBG\xA0\x9F\xDF\xB3\xFA\x85I\x9F*\x19f\xEF4\x13Z\xB9\x90a\x12q\x90\x85\x90\x85\x90\x91\x82Rc\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPV[3_\x90\x81R`\x07` R`@\x81 T\x90\x81\x90\x03a\x12\xC9W`@Q\x7Fd\xAB4f\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\x0B\x02V[3_\x90\x81R`\x07` R`@\x81 \x81\x90U`\x08\x80T\x83\x92\x90a\x12\xEC\x90\x84\x90a5qV[\x90\x91UPP`@Q\x81\x81R3\x90\x7F\xD8\x13\x8F\x8A?7|RY\xCAT\x8Ep\xE4\xC2\xDE\x94\xF1)\xF5\xA1\x106\xA1[iQ<\xBA+Bj\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x1313\x82Za$KV[a\x13pW`@Q\x7F\x1CC\xB9v\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x0B\x02V[PV[__a\x13}a\x1F6V[\x90P\x84\x83\x81\x14a\x13\xC3W`@Q\x7F\xAB\x8Bg\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x85\x90R`D\x01a\x0B\x02V[__[\x82\x81\x10\x15a\x14\xD0W_\x89\x89\x83\x81\x81\x10a\x13\xE1Wa\x13\xE1a6;V[\x90P` \x02\x015\x90P_\x88\x88\x84\x81\x81\x10a\x13\xFDWa\x13\xFDa6;V[\x90P` \x02\x015\x90Pa\x14\x0F\x81a\x1F\x84V[_\x82\x81R`\x04` R`@\x90 T\x86\x83\x10\x80a\x141WPa\x14/\x81a\x1F\xC4V[\x15[\x80a\x14UWPa\x14H\x81`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11[\x15a\x14\xA2W\x82\x7F\x17Ri=\xBC\x81\x90\x12\xE3\x94P\xFD\x85K\xB9\xF5\xCEj\x08\x8E\xA0\xD7\x1F\xBC\xA2\xA8\x1CO\xA30\x86Sa\x14\x85\x85a\x1F\xD7V[`@Qa\x14\x92\x91\x90a6hV[`@Q\x80\x91\x03\x90\xA2PPPa\x14\xC8V[a\x14\xAD\x83\x82\x84a ;V[a\x14\xB7\x90\x86a5\x84V[\x94Pa\x14\xC2\x88a6vV[\x97PPPP[`\x01\x01a\x13\xC6V[P\x80\x15a\x14\xFCW`@\x81\x90\x1B`\x02_\x82\x82Ta\x14\xEC\x91\x90a5qV[\x90\x91UPa\x14\xFC\x90P3\x82a \xCEV[PPP\x94\x93PPPPV[_\x81\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x90 \x81\x01\x81\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80a\x15KWc\xCE\xEA!\xB6_R`\x04`\x1C\xFD[\x91\x90PV[a\x15Xa\x1E\x96V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x15\xA5W`@Q\x7F\xD9.#=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x15\xAEa\x0C\x93V[\x90P\x80_\x03a\x15\xE9W`@Q\x7F\xC0\xEF\x17\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\xB9E(\xABm\xC2\xC1WC\xA4{\x931\x15\xB31\xB7\xBE\xAExq&w\xF1\xE3E\xA9\xF1\xAE\x84\xBB\xD1\x82`@Qa\x161\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x16D\x82\x82Za$KV[a\n\xADW`@Q\x7F\x1CC\xB9v\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x0B\x02V[_\x81a\x16\xACWc\x8FN\xB6\x04_R`\x04`\x1C\xFD[g>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR\x81_Rc\xFF\xFF\xFF\xFF`\x1C`\x0C T\x16\x90P\x91\x90PV[a\x16\xD9a\x1E\x96V[a\x16\xE2_a$\\V[V[`\x01T3\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x14a\x17OW`@Q\x7F\x11\x8C\xDA\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\x02V[a\x13p\x81a$\\V[a\x17`a\x1E\x96V[`\x02\x80Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U`@Q3\x81R\x7Fb\xE7\x8C\xEA\x01\xBE\xE3 \xCDNB\x02p\xB5\xEAt\0\r\x11\xB0\xC9\xF7GT\xEB\xDB\xFCTK\x05\xA2X\x90` \x01a\x10RV[a\x17\xB9a\x1E\x96V[`\x0Ca\x17\xC6\x82\x84\x83a6\xFFV[P`@Q\x7F\xA5\xD4\t~\xDD\xA6\xD8|\xB92\x9A\xF8?\xB3q.\xF7~\xEB\x13s\x8F\xFEC\xCC5\xA4\xCE0Z\xD9b\x90_\x90\xA1PPV[a\x17\xFBa\x1E\x96V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16a\x18HW`@Q\x7F\xD9.#=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81\x15a\x18\x98WPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x06` R`@\x81 T\x90\x81\x90\x03a\x18\x98W`\x02Ta\x18\x95\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01a5\x84V[\x90P[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_\x81\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x84\x90U\x81Q\x85\x15\x15\x81R\x90\x81\x01\x84\x90R\x7F6\xD1m\xCFi\xC4\xAE\x17\xAF\xA7i\xD9tD\x80p\xCB\x86%\xF1\xAC\r:\xA9\xDBk\xA9D\x1F\x7F\x0EX\x91\x01a\x12qV[```\t\x80Ta\x10\x97\x90a5\x97V[\x80\x15\x15\x90P\x81`\x1CRg\nZ.z\0\0\0\0`\x08R3_R\x80`0`\x0C U\x80_R\x81``\x1B``\x1C3\x7F\x170~\xAB9\xABa\x07\xE8\x89\x98E\xAD=Y\xBD\x96S\xF2\0\xF2 \x92\x04\x89\xCA+Y7il1` _\xA3PPV[a\x19ba\x1E\x96V[`\x0Ba\x19o\x82\x84\x83a6\xFFV[P\x7F\"\t\xB3\x1A\xD8\x0F>\xD1\xBA\xF7l\x99b\xCB\xEF\x95\x86\xE0\x12\xE89\xD2i\x91\xFD\x87\x98\xA5[\xEAPu\x82\x82`@Qa\x19\xA1\x92\x91\x90a7\xE2V[`@Q\x80\x91\x03\x90\xA1`@\x80Q_\x81R_\x19` \x82\x01R\x7Fk\xD5\xC9P\xA8\xD8\xDF\x17\xF7r\xF5\xAF7\xCB6Usx\x99\xCB\xF9\x03&K\x97\x95Y-\xA49f\x1C\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[a\x19\xF1\x85\x85\x85a\x0C\xE1V[\x83;\x15a\x0F\x9CWa\x0F\x9C\x85\x85\x85\x85\x85\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa#\xCA\x92PPPV[_\x81\x81R`\x04` R`@\x90 T``\x90`\x80\x81\x90\x1C\x15a\x1AdWa\x1A]\x81a$\x8DV[\x93\x92PPPV[\x80_\x03a\x1A\xA0W`@Q\x7F/Ac\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x0B\x02V[a\x1A]\x83\x82a$\xE8V[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x91\x90\x91Ra\x1A\xE4\x82a\x1F\xD7V[\x81`\x80\x01\x90`\x03\x81\x11\x15a\x1A\xFAWa\x1A\xFAa3\xDCV[\x90\x81`\x03\x81\x11\x15a\x1B\rWa\x1B\ra3\xDCV[\x90RP_\x81`\x80\x01Q`\x03\x81\x11\x15a\x1B'Wa\x1B'a3\xDCV[\x03a\x1B1W\x91\x90PV[_\x82\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x80\x82 \x84\x01\x84\x01T\x84\x83R`\x05\x90\x91R`@\x90\x91 T`\xA0\x91\x90\x91\x1C\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80a\x1B\xB5W_\x84\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x90 \x84\x01\x84\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1B\xB7V[\x80[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83R`\xFF`P\x83\x90\x1C\x16` \x84\x01Ra\x1B\xE5\x82a#\xACV[`@\x84\x01Ra\x1B\xFB\x82`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x84\x01R`\x02\x83`\x80\x01Q`\x03\x81\x11\x15a\x1C\"Wa\x1C\"a3\xDCV[\x03a\x1C;W_\x84\x81R`\x04` R`@\x90 T`\xA0\x84\x01R[PP\x91\x90PV[```\x0C\x80Ta\x10\x97\x90a5\x97V[a\x1CYa\x1E\x96V[`\x01\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x81\x17\x90\x91Ua\x1C\xBB_Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F8\xD1k\x8C\xAC\"\xD9\x9F\xC7\xC1$\xB9\xCD\r\xE2\xD3\xFA\x1F\xAE\xF4 \xBF\xE7\x91\xD8\xC3b\xD7e\xE2'\0`@Q`@Q\x80\x91\x03\x90\xA3PV[_a\x1D\x0B\x84\x84a'\x08V[`\x02Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x15a\x1DaW`@Q\x7F\xEBV\x07V\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x1Dk\x84a'\x8AV[\x90P_a\x1Dw\x82a#\xACV[\x90Pa\x1D\x8Eg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x01a5\x84V[\x93Pa\x1D\xC2`@\x82\x90\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x85\x16\x86\x17a5\x84V[`\x02U_\x84\x81R`\x04` R`@\x90 \x82\x90Ua\x1D\xF33\x85j\xFF\0\0\0\0\0\0\0\0\0\0`P\x89\x90\x1B\x16\x85\x17a(PV[`\xFF\x85\x163\x85\x7F\xAC\xC1$\xFF=9\x07\x9D=\x88\x8D\x8B\xF3\xB0\xFE\np\xED\x94\x9F5$`\xAE]C\xB6\xF7#\xA7\xFD$\x84a\x1E,\x87`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[\x8C\x8C`@Qa\x1E>\x94\x93\x92\x91\x90a7\xFDV[`@Q\x80\x91\x03\x90\xA4PPP\x93\x92PPPV[a\x1EXa\x1E\x96V[a\n\xAD\x82\x82\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa(\xE2\x92PPPV[_Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x14a\x16\xE2W`@Q\x7F\x11\x8C\xDA\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\x0B\x02V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\x10\x80\x82\x11\x15a\x1F\x0EWc5\n\x88\xB3_R`\x04`\x1C\xFD[\x82``\x1B\x80a\x1F$Wc\xB4E~\xAA_R`\x04`\x1C\xFD[\x90\x91\x17h\xAAN\xC0\x02$\xAF\xCC\xFD\xB7UPPV[3_\x90\x81R`\x06` R`@\x81 T\x90\x81\x90\x03a\x1F\x81W`@Q\x7FR\xF4\x9C\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\x0B\x02V[\x90V[`\x80\x81\x90\x1C_\x03a\x13pW`@Q\x7F\x86\x0E2\xDC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0B\x02V[_\x81\x15\x80\x15\x90a\n\x95WPP`\x80\x1C\x15\x90V[_\x81\x81R`\x04` R`@\x81 T`\x80\x81\x90\x1C\x15a\x1F\xF8WP`\x02\x92\x91PPV[\x80\x15a \x07WP`\x01\x92\x91PPV[_\x83\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x81 \x84\x01\x84\x01T`\xA0\x1C\x90\x03a 2W_a\x1A]V[`\x03\x93\x92PPPV[_\x83\x81R`\x04` R`@\x81 \x82\x90Ua T\x83a#\xACV[`@\x80Q\x84\x81R` \x81\x01\x83\x90R\x91\x92P3\x91\x86\x91\x7F\x01G\xEDq\xC4b\xA5y\xFC\x1D\xEA\xA8M*\xBC\xAA\x04\x80\x8D\xD9\xB2\xE3\x85\xD1C~.\x1F\x89\xD4\x9EO\x91\x01`@Q\x80\x91\x03\x90\xA3`@Q\x84\x81R\x7F\xF8\xE1\xA1Z\xBA\x93\x98\xE0\x19\xF0\xB4\x9D\xF1\xA4\xFD\xE9\x8E\xE1z\xE3E\xCB_k^,'\xF5\x03>\x8C\xE7\x90` \x01`@Q\x80\x91\x03\x90\xA1\x93\x92PPPV[a \xDC\x82\x82b\x01\x86\xA0a$KV[\x15a \xE5WPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x07` R`@\x81 \x80T\x83\x92\x90a!\x19\x90\x84\x90a5\x84V[\x92PP\x81\x90UP\x80`\x08_\x82\x82Ta!1\x91\x90a5\x84V[\x90\x91UPP`@Q\x81\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x7F\xBF7|hH\x17\xC2D\x83\x85kY\xFE\xF9\x7F3\x94\xA5Uo^n%\xB2\xD9\"\xE9Q\xF4\x94M+\x90` \x01`@Q\x80\x91\x03\x90\xA2PPV[_\x19``\x1C\x82\x81\x16\x92P\x83\x81\x16\x93P\x81_R\x83g>\xC4\x12\xA9\x85-\x17=`\xC1\x1B\x17`\x1CR` _ \x82\x01\x82\x01\x80T\x82\x16\x91P\x81a!\xC8Wc\xCE\xEA!\xB6_R`\x04`\x1C\xFD[\x81\x85\x14\x85\x15\x17a!\xECW\x81_R`0`\x0C Ta!\xECWcKn\x7F\x18_R`\x04`\x1C\xFD[`\x01\x01\x83\x90U\x81\x83\x82\x7F\x8C[\xE1\xE5\xEB\xEC}[\xD1OqB}\x1E\x84\xF3\xDD\x03\x14\xC0\xF7\xB2)\x1E[ \n\xC8\xC7\xC3\xB9%_8\xA4PPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16a\"?WPPPV[4\x15a\"yW`@Q\x7F\xCBG\x0CJ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R4`\x04\x82\x01R`$\x01a\x0B\x02V[_\x81\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x90 \x81\x01\x81\x01T`\xA0\x1Ck\x01\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x15a\"\xB2WPPPPV[_\x82\x81R`\x05` \x90\x81R`@\x82 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x17\x90Ug>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR\x90 \x82\x01\x82\x01\x80T`\xA0\x81\x81\x1Ck\x01\0\0\0\0\0\0\0\0\0\0\0\x85\x17\x18\x90\x1B\x18\x90UPPPPV[_\x81\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16g>\xC4\x12\xA9\x85-\x17=`\xC1\x1B\x81\x17`\x1CR` \x90\x91 \x82\x01\x82\x01\x80T\x91\x93`\x01\x92\x16\x80a#\x86Wc\xCE\xEA!\xB6_R`\x04`\x1C\xFD[\x80\x85\x14a#\xA4W\x80_R`0`\x0C Ta#\xA4W\x81`\x01\x01T\x85\x14\x92P[PP\x92\x91PPV[_d\xFF\xFF\xFF\xFF\xFF\x82\x16c;\x9A\xCA\0\x02a\n\x95V[a\x13p_\x82a)\xBBV[`@Qc\x15\x0Bz\x02\x80\x82R3` \x83\x01R\x85``\x1B``\x1C`@\x83\x01R\x83``\x83\x01R`\x80\x80\x83\x01R\x82Q\x80`\xA0\x84\x01R\x80\x15a$\x11W\x80`\xC0\x84\x01\x82` \x87\x01`\x04Z\xFAP[` \x83`\xA4\x83\x01`\x1C\x86\x01_\x8AZ\xF1a$2W=\x15a$2W=_\x84>=\x83\xFD[P\x80`\xE0\x1B\x82Q\x14a\x0C\x0BWc\xD1\xA5~\xD6_R`\x04`\x1C\xFD[__8_8\x86\x88\x87\xF1\x94\x93PPPPV[`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90Ua\x13p\x81a*\x99V[`\nT``\x90`\xFF\x16\x15a$\xCAWa$\xA4\x82a+\rV[`@Q` \x01a$\xB4\x91\x90a8GV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x90P\x91\x90PV[`\ta$\xD7\x83` a-)V[`@Q` \x01a$\xB4\x92\x91\x90a8xV[``_a$\xFC\x83`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16B\x11_a%\x15\x86a-\xAFV[\x82a%8W`@Q\x80``\x01`@R\x80`,\x81R` \x01a<L`,\x919a%RV[`@Q\x80`\x80\x01`@R\x80`B\x81R` \x01a<\n`B\x919[a%\xE3`\x0B\x80Ta%b\x90a5\x97V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta%\x8E\x90a5\x97V[\x80\x15a%\xD9W\x80`\x1F\x10a%\xB0Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a%\xD9V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a%\xBCW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPPa-\xF1V[a&%`Pa&\r\x8B_\x81\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x90 \x81\x01\x01T`\xA0\x1C\x90V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1C`\xFF\x16a-\xAFV[\x85a&eW`@Q\x80`@\x01`@R\x80`\n\x81R` \x01\x7FGenerating\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81RPa&\x9CV[`@Q\x80`@\x01`@R\x80`\n\x81R` \x01\x7FRefundable\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81RP[a&\xAF\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a-\xAFV[`@Q` \x01a&\xC4\x96\x95\x94\x93\x92\x91\x90a98V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x90Pa&\xDE\x81a-\xFDV[`@Q` \x01a&\xEE\x91\x90a;\x06V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x93PPPP\x92\x91PPV[\x80_\x81\x90\x03a'CW`@Q\x7F\xB8\xA7\xF2\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x03\xE8\x81\x11\x15a\r\xEEW`@Q\x7F;|\x86r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90Ra\x03\xE8`$\x82\x01R`D\x01a\x0B\x02V[`\xFF\x81\x16_\x90\x81R`\x03` R`@\x81 Td\xFF\xFF\xFF\xFF\xFF\x81\x16\x80\x83\x03a'\xE2W`@Q\x7F\x9C\r\xE6\xE5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`$\x01a\x0B\x02V[c;\x9A\xCA\0d\xFF\xFF\xFF\xFF\xFF\x82\x16\x024\x81\x14a(2W`@Q\x7F\r\xD3-\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R4`$\x82\x01R`D\x01a\x0B\x02V[_a(A`(\x85\x90\x1CBa5\x84V[`(\x1B\x90\x92\x17\x95\x94PPPPPV[a([_\x84\x84a\"\x1FV[\x82``\x1B``\x1C\x92P\x81_Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR\x82\x81`\xA0\x1B\x17` _ \x83\x01\x83\x01U\x82_R`\x1C`\x0C `\x01\x81T\x01c\xFF\xFF\xFF\xFF\x81\x16\x85\x02a(\xB4Wg\xEAU;4\x013l\xEA\x85\x15`\x02\x1BR`\x04`\x1C\xFD[\x90U\x81\x83_\x7F\xDD\xF2R\xAD\x1B\xE2\xC8\x9Bi\xC2\xB0h\xFC7\x8D\xAA\x95+\xA7\xF1c\xC4\xA1\x16(\xF5ZM\xF5#\xB3\xEF\x818\xA4PPPV[`\ta(\xEE\x82\x82a;7V[P\x80Q` \x82\x01 `\n\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x7Ff\xF0y\x0B\x1C\xBE\r\xCA\xC0\x07\xF0sA\xB0\x0C\xAF\xE2\xBD\xA2T\x91G)\x05\x8BR\t\xE0Kp*\xFE\x92\x90\x92\x14\x91\x90\x91\x17\x90U`@Q\x7F~\n\xC5\xD58\xA3\x93Rl6eq\xCB\x91\xAB\xC7\xC2/Av\xCD\xDE\x90t\x9D\xF3\xA2\x8A9P\xC0\xD7\x90a)w\x90\x83\x90a0\xDEV[`@Q\x80\x91\x03\x90\xA1`@\x80Q_\x81R_\x19` \x82\x01R\x7Fk\xD5\xC9P\xA8\xD8\xDF\x17\xF7r\xF5\xAF7\xCB6Usx\x99\xCB\xF9\x03&K\x97\x95Y-\xA49f\x1C\x91\x01`@Q\x80\x91\x03\x90\xA1PV[_a)\xC5\x82a\x15\x07V[\x90Pa)\xD2\x81_\x84a\"\x1FV[P_\x81\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16g>\xC4\x12\xA9\x85-\x17=`\xC1\x1B\x81\x17`\x1CR` \x90\x91 \x82\x01\x82\x01\x80T\x91\x93\x82\x16\x91\x82a*\"Wc\xCE\xEA!\xB6_R`\x04`\x1C\xFD[\x82_R\x81`\x01\x01T\x80\x86\x14\x84\x87\x14\x17\x86\x15\x17a*OW`0`\x0C Ta*OWcKn\x7F\x18_R`\x04`\x1C\xFD[\x80\x15a*\\W_\x83`\x01\x01U[P\x82\x18\x90U`\x1C`\x0C \x80T_\x19\x01\x90U\x81_\x82\x7F\xDD\xF2R\xAD\x1B\xE2\xC8\x9Bi\xC2\xB0h\xFC7\x8D\xAA\x95+\xA7\xF1c\xC4\xA1\x16(\xF5ZM\xF5#\xB3\xEF\x828\xA4PPPV[_\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[`@\x80Q`;\x80\x82R``\x82\x81\x01\x90\x93R_\x91\x90` \x82\x01\x81\x806\x837\x01\x90PP\x90P\x7Fb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81_\x81Q\x81\x10a+cWa+ca6;V[` \x01\x01\x90~\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x81_\x1A\x90SP\x82_[a+\xA0`\x01`;a5qV[\x81\x10\x15a- W_a+\xB3\x82`\x05a;\xF2V[\x90P_` a+\xC3\x83`\x05a5\x84V[\x11a+\xE4Wa+\xD3\x82`\x1Ba5qV[c\x01U\x12 \x90\x1C`\x1F\x16\x90Pa,\x93V[` \x82\x10\x15a,FW_a+\xF9\x83` a5qV[\x90P_a,\x08\x82a\x01\0a5qV[_\x19\x90\x1C\x90Pa,\x19\x82`\x05a5qV[a,%\x90a\x01\0a5qV[\x86\x90\x1Ca,3\x83`\x05a5qV[\x82c\x01U\x12 \x16\x90\x1B\x17\x92PPPa,\x93V[a\x01 a,T\x83`\x05a5\x84V[\x11a,rWa,e\x82a\x01\x1Ba5qV[\x84\x90\x1C`\x1F\x16\x90Pa,\x93V[a\x01 a,\x80\x83`\x05a5\x84V[a,\x8A\x91\x90a5qV[\x84\x90\x1B`\x1F\x16\x90P[\x7Fabcdefghijklmnopqrstuvwxyz234567\x81` \x81\x10a,\xC5Wa,\xC5a6;V[\x1A`\xF8\x1B\x85a,\xD5\x85`\x01a5\x84V[\x81Q\x81\x10a,\xE5Wa,\xE5a6;V[` \x01\x01\x90~\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x81_\x1A\x90SPPP\x80`\x01\x01\x90Pa+\x94V[P\x90\x93\x92PPPV[```\x1F\x19`B\x83`\x01\x1B\x01\x16`@Q\x01\x90P` \x81\x01`@R_\x81R\x80o0123456789abcdef`\x0FR\x82\x83\x01\x82\x03`\x01\x19\x85[`\x0F\x81\x16Q\x94\x82\x01\x94`\x01\x86\x01S`\x0F\x81`\x04\x1C\x16Q\x85S`\x08\x1C\x84\x83\x03a-eW\x80\x15a-\x9AWc!\x94\x89Z_R`\x04`\x1C\xFD[PPP\x81\x90\x03`\x1F\x19\x90\x91\x01\x90\x81R\x92\x91PPV[```\x80`@Q\x01\x90P` \x81\x01`@R_\x81R\x80_\x19\x83[\x92\x81\x01\x92`0`\n\x82\x06\x01\x84S`\n\x90\x04\x80a-\xC8WPP\x81\x90\x03`\x1F\x19\x90\x91\x01\x90\x81R\x91\x90PV[``a\n\x95\x82_a.\nV[``a\n\x95\x82__a/\nV[`@Q` \x81\x01\x82\x15a.\x1FW`\"\x81S`\x01\x01[{\\u00000123456789abcdefbtn\0fr`\x15R\x83Qk\x10\0\0\0\0\0\0\x04\0\0\0\0\x90\x85\x01[\x80\x86\x14a.\xE2W`\x01\x86\x01\x95P`\xFF\x86Q\x16` \x81\x10a.\x9BW\x82`\x01\x82\x1B\x16a.\x85W\x80\x84S`\x01\x84\x01\x93PPa.RV[`\\\x84S\x80`\x01\x85\x01S`\x02\x84\x01\x93PPa.RV[a7\0`\x01\x82\x1B\x16a.\xC8W\x80`\x04\x1CQ`\x1DS`\x0F\x81\x16Q`\x1ES`\x19Q\x84R`\x06\x84\x01\x93PPa.RV[`\\\x84S`\x08\x81\x01Q`\x01\x85\x01SP`\x02\x83\x01\x92Pa.RV[PP\x82\x15a.\xF2W`\"\x81S`\x01\x01[_\x81R`\x1F\x19\x82\x82\x03\x01\x82R` \x01`@R\x92\x91PPV[``\x83Q\x80\x15a0\x0FW`\x03`\x02\x82\x01\x04`\x02\x1B`@Q\x92P\x7FABCDEFGHIJKLMNOPQRSTUVWXYZabcdef`\x1FRa\x06p\x85\x15\x02\x7Fghijklmnopqrstuvwxyz0123456789-_\x18`?R` \x83\x01\x81\x81\x01\x83\x88` \x01\x01\x80Q_\x82R[`\x03\x8A\x01\x99P\x89Q`?\x81`\x12\x1C\x16Q_S`?\x81`\x0C\x1C\x16Q`\x01S`?\x81`\x06\x1C\x16Q`\x02S`?\x81\x16Q`\x03SP_Q\x84R`\x04\x84\x01\x93P\x82\x84\x10a/\x85W\x90R` \x01`@R\x7F==\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x03\x84\x06`\x02\x04\x80\x83\x03\x91\x90\x91R_\x86\x15\x15\x90\x91\x02\x91\x82\x90\x03R\x90\x03\x82R[P\x93\x92PPPV[_` \x82\x84\x03\x12\x15a0'W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x1A]W__\xFD[\x805s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x15KW__\xFD[__`@\x83\x85\x03\x12\x15a0\x8AW__\xFD[a0\x93\x83a0VV[\x91P` \x83\x015k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a0\xB3W__\xFD[\x80\x91PP\x92P\x92\x90PV[__`@\x83\x85\x03\x12\x15a0\xCFW__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[_` \x82\x84\x03\x12\x15a1#W__\xFD[P5\x91\x90PV[__`@\x83\x85\x03\x12\x15a1;W__\xFD[a1D\x83a0VV[\x94` \x93\x90\x93\x015\x93PPPV[_` \x82\x84\x03\x12\x15a1bW__\xFD[a\x1A]\x82a0VV[___``\x84\x86\x03\x12\x15a1}W__\xFD[a1\x86\x84a0VV[\x92Pa1\x94` \x85\x01a0VV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[\x805`\xFF\x81\x16\x81\x14a\x15KW__\xFD[___``\x84\x86\x03\x12\x15a1\xC7W__\xFD[a1\xD0\x84a1\xA5V[\x92P` \x84\x015\x91P`@\x84\x015c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a1\xEFW__\xFD[\x80\x91PP\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12a2\nW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a2!W__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a2;W__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15a2UW__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a2kW__\xFD[a2w\x87\x82\x88\x01a1\xFAV[\x90\x95P\x93PP` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a2\x96W__\xFD[a2\xA2\x87\x82\x88\x01a1\xFAV[\x95\x98\x94\x97P\x95PPPPV[__\x83`\x1F\x84\x01\x12a2\xBEW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a2\xD5W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a2;W__\xFD[__` \x83\x85\x03\x12\x15a2\xFDW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3\x13W__\xFD[a3\x1F\x85\x82\x86\x01a2\xAEV[\x90\x96\x90\x95P\x93PPPPV[__`@\x83\x85\x03\x12\x15a3<W__\xFD[a3E\x83a0VV[\x91P` \x83\x015\x80\x15\x15\x81\x14a0\xB3W__\xFD[_____`\x80\x86\x88\x03\x12\x15a3mW__\xFD[a3v\x86a0VV[\x94Pa3\x84` \x87\x01a0VV[\x93P`@\x86\x015\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3\xA6W__\xFD[a3\xB2\x88\x82\x89\x01a2\xAEV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[_` \x82\x84\x03\x12\x15a3\xD3W__\xFD[a\x1A]\x82a1\xA5V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x04\x81\x10a4>W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[_`\xC0\x82\x01\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82R`\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Q`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01R`\x80\x83\x01Qa4\xA0`\x80\x84\x01\x82a4\tV[P`\xA0\x92\x83\x01Q\x91\x90\x92\x01R\x90V[__`@\x83\x85\x03\x12\x15a4\xC0W__\xFD[a4\xC9\x83a0VV[\x91Pa4\xD7` \x84\x01a0VV[\x90P\x92P\x92\x90PV[___`@\x84\x86\x03\x12\x15a4\xF2W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a5\x08W__\xFD[a5\x14\x86\x82\x87\x01a2\xAEV[\x90\x94P\x92Pa5'\x90P` \x85\x01a1\xA5V[\x90P\x92P\x92P\x92V[\x82\x81R`@\x81\x01a\x1A]` \x83\x01\x84a4\tV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\n\x95Wa\n\x95a5DV[\x80\x82\x01\x80\x82\x11\x15a\n\x95Wa\n\x95a5DV[`\x01\x81\x81\x1C\x90\x82\x16\x80a5\xABW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a5\xE2W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[P\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82a6#Wa6#a5\xE8V[P\x06\x90V[_\x82a66Wa66a5\xE8V[P\x04\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[` \x81\x01a\n\x95\x82\x84a4\tV[__\x19\x82\x03a6\x87Wa6\x87a5DV[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`\x1F\x82\x11\x15a\r\xEEW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a6\xE0WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x0F\x9CW_\x81U`\x01\x01a6\xECV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a7\x17Wa7\x17a6\x8EV[a7+\x83a7%\x83Ta5\x97V[\x83a6\xBBV[_`\x1F\x84\x11`\x01\x81\x14a7\\W_\x85\x15a7EWP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x0F\x9CV[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a7\x8BW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a7kV[P\x86\x82\x10\x15a7\xA7W_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` `\x1F\x19`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[` \x81R_a7\xF5` \x83\x01\x84\x86a7\xB9V[\x94\x93PPPPV[\x84\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a8&``\x83\x01\x84\x86a7\xB9V[\x96\x95PPPPPPV[_\x81Q\x80` \x84\x01\x85^_\x93\x01\x92\x83RP\x90\x91\x90PV[\x7Fipfs://\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_a\x1A]`\x07\x83\x01\x84a80V[__\x84Ta8\x85\x81a5\x97V[`\x01\x82\x16\x80\x15a8\x9CW`\x01\x81\x14a8\xCFWa8\xFCV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83\x16\x86R\x81\x15\x15\x82\x02\x86\x01\x93Pa8\xFCV[\x87_R` _ _[\x83\x81\x10\x15a8\xF4W\x81T\x88\x82\x01R`\x01\x90\x91\x01\x90` \x01a8\xD8V[PP\x81\x86\x01\x93P[PPPa9\t\x81\x85a80V[\x7F.json\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x05\x01\x95\x94PPPPPV[\x7F{\"name\":\"GenImNFT #\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_a9i`\x13\x83\x01\x89a80V[\x7F\",\"description\":\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra9\x99`\x11\x82\x01\x89a80V[\x90P\x7F\",\"image\":\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra9\xCB`\x0B\x82\x01\x88a80V[\x90P\x7F\",\"attributes\":[{\"trait_type\":\"T\x81R\x7Fier\",\"value\":\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01Ra:#`-\x82\x01\x87a80V[\x90P\x7F},{\"trait_type\":\"Status\",\"value\"\x81R\x7F:\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01Ra:{`\"\x82\x01\x86a80V[\x90P\x7F\"},{\"display_type\":\"date\",\"trait\x81R\x7F_type\":\"Deadline\",\"value\":\0\0\0\0\0\0` \x82\x01Ra:\xD3`:\x82\x01\x85a80V[\x7F}]}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x03\x01\x99\x98PPPPPPPPPV[\x7Fdata:application/json;base64,\0\0\0\x81R_a\x1A]`\x1D\x83\x01\x84a80V[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a;QWa;Qa6\x8EV[a;e\x81a;_\x84Ta5\x97V[\x84a6\xBBV[` `\x1F\x82\x11`\x01\x81\x14a;\x97W_\x83\x15a;\x80WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x0F\x9CV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a;\xC6W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a;\xA6V[P\x84\x82\x10\x15a;\xE3W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\n\x95Wa\n\x95a5DV\xFENo image was delivered in time. The holder can refund the payment.The image for this token is being generated.\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x60806040526004361061030e575f3560e01c806370a082311161019c578063b75f1aef116100e7578063e30c397811610092578063f2fde38b1161006d578063f2fde38b14610989578063f3006c87146109a8578063fb94bd8a146109bb578063fe5ff468146109da575f5ffd5b8063e30c397814610917578063e8a3d48514610941578063e985e9c514610955575f5ffd5b8063d1d79974116100c2578063d1d7997414610863578063d845a4b3146108c0578063deb96634146108ec575f5ffd5b8063b75f1aef14610812578063b88d4fde14610831578063c87b56dd14610844575f5ffd5b806395d89b4111610147578063a22cb46511610122578063a22cb465146107c0578063a2309ff8146107df578063b5bd3eb9146107fd575f5ffd5b806395d89b411461074857806397d8c6761461078d5780639f3d1a2a146107ac575f5ffd5b80638456cb59116101775780638456cb59146106ec5780638da5cb5b14610700578063938e3d7b14610729575f5ffd5b806370a08231146106a5578063715018a6146106c457806379ba5097146106d8575f5ffd5b80632a55205a1161025c5780634e71d92d116102075780636352211e116101e25780636352211e1461065257806365e73e32146106715780636bc8470e14610690575f5ffd5b80634e71d92d146105ee5780635c1a109b146106025780635c975abb14610621575f5ffd5b806342842e0e1161023757806342842e0e146105a8578063448d8c5c146105bb578063458030c0146105cf575f5ffd5b80632a55205a1461051f5780633cb597aa1461056a5780633f4ba83a14610594575f5ffd5b8063095ea7b3116102bc5780631ffbb064116102975780631ffbb064146104aa57806323b872dd146104ed578063278ecde114610500575f5ffd5b8063095ea7b3146104425780630afe71bd146104555780631388856514610496575f5ffd5b806304e81bc3116102ec57806304e81bc31461039157806306fdde03146103b0578063081812fc146103fe575f5ffd5b806301c11d961461031257806301ffc9a71461034157806304634d8d14610370575b5f5ffd5b34801561031d575f5ffd5b5061032e683b9ac9ffffc465360081565b6040519081526020015b60405180910390f35b34801561034c575f5ffd5b5061036061035b366004613017565b610a05565b6040519015158152602001610338565b34801561037b575f5ffd5b5061038f61038a366004613079565b610a9b565b005b34801561039c575f5ffd5b5061038f6103ab3660046130be565b610ab1565b3480156103bb575f5ffd5b5060408051808201909152600881527f47656e496d4e465400000000000000000000000000000000000000000000000060208201525b60405161033891906130de565b348015610409575f5ffd5b5061041d610418366004613113565b610c13565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610338565b61038f61045036600461312a565b610c4e565b348015610460575f5ffd5b5061032e61046f366004613152565b73ffffffffffffffffffffffffffffffffffffffff165f9081526006602052604090205490565b3480156104a1575f5ffd5b5061032e610c93565b3480156104b5575f5ffd5b506103606104c4366004613152565b73ffffffffffffffffffffffffffffffffffffffff165f90815260066020526040902054151590565b61038f6104fb36600461316b565b610ce1565b34801561050b575f5ffd5b5061038f61051a366004613113565b610df3565b34801561052a575f5ffd5b5061053e6105393660046130be565b610fa3565b6040805173ffffffffffffffffffffffffffffffffffffffff9093168352602083019190915201610338565b348015610575575f5ffd5b5061032e60025460401c6fffffffffffffffffffffffffffffffff1690565b34801561059f575f5ffd5b5061038f610ff6565b61038f6105b636600461316b565b61105c565b3480156105c6575f5ffd5b506103f1611088565b3480156105da575f5ffd5b5061038f6105e93660046131b5565b611118565b3480156105f9575f5ffd5b5061038f61127e565b34801561060d575f5ffd5b5061032e61061c366004613242565b611373565b34801561062c575f5ffd5b506002547801000000000000000000000000000000000000000000000000161515610360565b34801561065d575f5ffd5b5061041d61066c366004613113565b611507565b34801561067c575f5ffd5b5061038f61068b366004613152565b611550565b34801561069b575f5ffd5b5061032e6103e881565b3480156106b0575f5ffd5b5061032e6106bf366004613152565b611699565b3480156106cf575f5ffd5b5061038f6116d1565b3480156106e3575f5ffd5b5061038f6116e4565b3480156106f7575f5ffd5b5061038f611758565b34801561070b575f5ffd5b505f5473ffffffffffffffffffffffffffffffffffffffff1661041d565b348015610734575f5ffd5b5061038f6107433660046132ec565b6117b1565b348015610753575f5ffd5b5060408051808201909152600581527f47454e494d00000000000000000000000000000000000000000000000000000060208201526103f1565b348015610798575f5ffd5b5061038f6107a736600461332b565b6117f3565b3480156107b7575f5ffd5b506103f16118f8565b3480156107cb575f5ffd5b5061038f6107da36600461332b565b611907565b3480156107ea575f5ffd5b5060025467ffffffffffffffff1661032e565b348015610808575f5ffd5b5061032e60085481565b34801561081d575f5ffd5b5061038f61082c3660046132ec565b61195a565b61038f61083f366004613359565b6119e6565b34801561084f575f5ffd5b506103f161085e366004613113565b611a39565b34801561086e575f5ffd5b506108a661087d3660046133c3565b60ff165f90815260036020526040902054633b9aca0064ffffffffff8216029160289190911c90565b6040805192835263ffffffff909116602083015201610338565b3480156108cb575f5ffd5b506108df6108da366004613113565b611aaa565b6040516103389190613442565b3480156108f7575f5ffd5b5061090262278d0081565b60405163ffffffff9091168152602001610338565b348015610922575f5ffd5b5060015473ffffffffffffffffffffffffffffffffffffffff1661041d565b34801561094c575f5ffd5b506103f1611c42565b348015610960575f5ffd5b5061036061096f3660046134af565b601c52670a5a2e7a000000006008525f526030600c205490565b348015610994575f5ffd5b5061038f6109a3366004613152565b611c51565b61032e6109b63660046134e0565b611d00565b3480156109c6575f5ffd5b5061038f6109d53660046132ec565b611e50565b3480156109e5575f5ffd5b5061032e6109f4366004613152565b60076020525f908152604090205481565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f49064906000000000000000000000000000000000000000000000000000000001480610a775750610a77826301ffc9a760e09190911c9081146380ac58cd821417635b5e139f9091141790565b80610a955750632a55205a60e083901c9081146301ffc9a791909114175b92915050565b610aa3611e96565b610aad8282611ee8565b5050565b5f610aba611f36565b905080831015610b0b576040517f654ed13100000000000000000000000000000000000000000000000000000000815260048101849052336024820152604481018290526064015b60405180910390fd5b610b1482611f84565b5f83815260046020526040902054610b2b81611fc4565b610b6d5783610b3985611fd7565b6040517f8b28b8fa000000000000000000000000000000000000000000000000000000008152600401610b02929190613530565b5f610b7f8260281c64ffffffffff1690565b90508067ffffffffffffffff16421115610bd8576040517f6f0a34820000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff82166024820152604401610b02565b5f610be486848761203b565b9050604081901b60025f828254610bfb9190613571565b90915550610c0b905033826120ce565b505050505050565b5f815f52673ec412a9852d173d60c11b601c5260205f2082018201805460601b610c445763ceea21b65f526004601cfd5b6001015492915050565b3415610c88576040517fcb470c4a000000000000000000000000000000000000000000000000000000008152346004820152602401610b02565b610aad338383612185565b5f5f600854610cb660025460401c6fffffffffffffffffffffffffffffffff1690565b610cc09190613584565b905047818111610cd0575f610cda565b610cda8282613571565b9250505090565b610cec83838361221f565b5f818152673ec412a9852d173d60c11b3317601c526020902081018101805473ffffffffffffffffffffffffffffffffffffffff9485169493841693811691908286148302610d4a5767ceea21b6a1148100831560021b526004601cfd5b855f528160010154925082331486331417610d76576030600c2054610d7657634b6e7f185f526004601cfd5b8215610d83575f82600101555b85851818905550601c600c81812080545f190190555f84905220805460010163ffffffff81168402610dc45767ea553b3401336cea841560021b526004601cfd5b90558082847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f38a45b505050565b5f81815260046020526040902054610e0a81611fc4565b610e185781610b3983611fd7565b610e223383612336565b610e61576040517fefd36e2f00000000000000000000000000000000000000000000000000000000815233600482015260248101839052604401610b02565b5f610e738260281c64ffffffffff1690565b90508067ffffffffffffffff164211610ecb576040517fad3664a60000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff82166024820152604401610b02565b5f838152673ec412a9852d173d60c11b601c5260208120840184015473ffffffffffffffffffffffffffffffffffffffff1690610f07846123ac565b905060045f8681526020019081526020015f205f9055604081901b60025f828254610f329190613571565b90915550610f419050856123c0565b8173ffffffffffffffffffffffffffffffffffffffff16857f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c483604051610f8a91815260200190565b60405180910390a3610f9c82826120ce565b5050505050565b5f82815268aa4ec00224afccfdb76020526040812054606081901c91906127109083610fd6576020515490508060601c93505b606084901b18845f19829004811182023d3d3e9396930204935090915050565b610ffe611e96565b600280547ffffffffffffffffeffffffffffffffffffffffffffffffffffffffffffffffff1690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b611067838383610ce1565b813b15610dee57610dee83838360405180602001604052805f8152506123ca565b6060600b805461109790613597565b80601f01602080910402602001604051908101604052809291908181526020018280546110c390613597565b801561110e5780601f106110e55761010080835404028352916020019161110e565b820191905f5260205f20905b8154815290600101906020018083116110f157829003601f168201915b5050505050905090565b611120611e96565b61112e633b9aca0083613615565b1515806111435750683b9ac9ffffc465360082115b1561118c576040517faf608abb00000000000000000000000000000000000000000000000000000000815260048101839052683b9ac9ffffc46536006024820152604401610b02565b62278d0063ffffffff821611806111b1575063ffffffff81161580156111b157508115155b156111f9576040517f8dff201e00000000000000000000000000000000000000000000000000000000815263ffffffff8216600482015262278d006024820152604401610b02565b611207633b9aca0083613628565b60ff84165f818152600360205260409081902068ffffffff0000000000602886901b169390931790925590517f5f0a47ef6ff1fdf52894dcf806bd4247a09fdfb3fa85499f2a1966ef34135ab990611271908590859091825263ffffffff16602082015260400190565b60405180910390a2505050565b335f90815260076020526040812054908190036112c9576040517f64ab3466000000000000000000000000000000000000000000000000000000008152336004820152602401610b02565b335f908152600760205260408120819055600880548392906112ec908490613571565b909155505060405181815233907fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a9060200160405180910390a261133133825a61244b565b611370576040517f1c43b97600000000000000000000000000000000000000000000000000000000815233600482015260248101829052604401610b02565b50565b5f5f61137d611f36565b9050848381146113c3576040517fab8b67c60000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610b02565b5f5f5b828110156114d0575f8989838181106113e1576113e161363b565b9050602002013590505f8888848181106113fd576113fd61363b565b90506020020135905061140f81611f84565b5f8281526004602052604090205486831080611431575061142f81611fc4565b155b8061145557506114488160281c64ffffffffff1690565b67ffffffffffffffff1642115b156114a257827f1752693dbc819012e39450fd854bb9f5ce6a088ea0d71fbca2a81c4fa330865361148585611fd7565b6040516114929190613668565b60405180910390a25050506114c8565b6114ad83828461203b565b6114b79086613584565b94506114c288613676565b97505050505b6001016113c6565b5080156114fc57604081901b60025f8282546114ec9190613571565b909155506114fc905033826120ce565b505050949350505050565b5f818152673ec412a9852d173d60c11b601c5260209020810181015473ffffffffffffffffffffffffffffffffffffffff168061154b5763ceea21b65f526004601cfd5b919050565b611558611e96565b73ffffffffffffffffffffffffffffffffffffffff81166115a5576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6115ae610c93565b9050805f036115e9576040517fc0ef17d300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8173ffffffffffffffffffffffffffffffffffffffff167fb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd18260405161163191815260200190565b60405180910390a261164482825a61244b565b610aad576040517f1c43b97600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260248101829052604401610b02565b5f816116ac57638f4eb6045f526004601cfd5b673ec412a9852d173d60c11b601c52815f5263ffffffff601c600c2054169050919050565b6116d9611e96565b6116e25f61245c565b565b600154339073ffffffffffffffffffffffffffffffffffffffff16811461174f576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610b02565b6113708161245c565b611760611e96565b6002805478010000000000000000000000000000000000000000000000001790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001611052565b6117b9611e96565b600c6117c68284836136ff565b506040517fa5d4097edda6d87cb9329af83fb3712ef77eeb13738ffe43cc35a4ce305ad962905f90a15050565b6117fb611e96565b73ffffffffffffffffffffffffffffffffffffffff8216611848576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8115611898575073ffffffffffffffffffffffffffffffffffffffff82165f9081526006602052604081205490819003611898576002546118959067ffffffffffffffff166001613584565b90505b73ffffffffffffffffffffffffffffffffffffffff83165f81815260066020908152604091829020849055815185151581529081018490527f36d16dcf69c4ae17afa769d974448070cb8625f1ac0d3aa9db6ba9441f7f0e589101611271565b60606009805461109790613597565b801515905081601c52670a5a2e7a00000000600852335f52806030600c2055805f528160601b60601c337f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160205fa35050565b611962611e96565b600b61196f8284836136ff565b507f2209b31ad80f3ed1baf76c9962cbef9586e012e839d26991fd8798a55bea507582826040516119a19291906137e2565b60405180910390a1604080515f81525f1960208201527f6bd5c950a8d8df17f772f5af37cb3655737899cbf903264b9795592da439661c910160405180910390a15050565b6119f1858585610ce1565b833b15610f9c57610f9c85858585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506123ca92505050565b5f81815260046020526040902054606090608081901c15611a6457611a5d8161248d565b9392505050565b805f03611aa0576040517f2f4163e700000000000000000000000000000000000000000000000000000000815260048101849052602401610b02565b611a5d83826124e8565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152611ae482611fd7565b81608001906003811115611afa57611afa6133dc565b90816003811115611b0d57611b0d6133dc565b9052505f81608001516003811115611b2757611b276133dc565b03611b3157919050565b5f828152673ec412a9852d173d60c11b601c5260208082208401840154848352600590915260409091205460a09190911c9073ffffffffffffffffffffffffffffffffffffffff1680611bb5575f848152673ec412a9852d173d60c11b601c5260209020840184015473ffffffffffffffffffffffffffffffffffffffff16611bb7565b805b73ffffffffffffffffffffffffffffffffffffffff16835260ff605083901c166020840152611be5826123ac565b6040840152611bfb8260281c64ffffffffff1690565b67ffffffffffffffff166060840152600283608001516003811115611c2257611c226133dc565b03611c3b575f8481526004602052604090205460a08401525b5050919050565b6060600c805461109790613597565b611c59611e96565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155611cbb5f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f611d0b8484612708565b6002547801000000000000000000000000000000000000000000000000811615611d61576040517feb56075600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611d6b8461278a565b90505f611d77826123ac565b9050611d8e67ffffffffffffffff84166001613584565b9350611dc2604082901b7fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000085168617613584565b6002555f848152600460205260409020829055611df333856aff00000000000000000000605089901b168517612850565b60ff851633857facc124ff3d39079d3d888d8bf3b0fe0a70ed949f352460ae5d43b6f723a7fd2484611e2c8760281c64ffffffffff1690565b8c8c604051611e3e94939291906137fd565b60405180910390a45050509392505050565b611e58611e96565b610aad82828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128e292505050565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146116e2576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610b02565b6bffffffffffffffffffffffff1661271080821115611f0e5763350a88b35f526004601cfd5b8260601b80611f245763b4457eaa5f526004601cfd5b90911768aa4ec00224afccfdb7555050565b335f9081526006602052604081205490819003611f81576040517f52f49c95000000000000000000000000000000000000000000000000000000008152336004820152602401610b02565b90565b608081901c5f03611370576040517f860e32dc00000000000000000000000000000000000000000000000000000000815260048101829052602401610b02565b5f8115801590610a9557505060801c1590565b5f81815260046020526040812054608081901c15611ff85750600292915050565b80156120075750600192915050565b5f838152673ec412a9852d173d60c11b601c5260208120840184015460a01c9003612032575f611a5d565b60039392505050565b5f838152600460205260408120829055612054836123ac565b6040805184815260208101839052919250339186917f0147ed71c462a579fc1deaa84d2abcaa04808dd9b2e385d1437e2e1f89d49e4f910160405180910390a36040518481527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a19392505050565b6120dc8282620186a061244b565b156120e5575050565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526007602052604081208054839290612119908490613584565b925050819055508060085f8282546121319190613584565b909155505060405181815273ffffffffffffffffffffffffffffffffffffffff8316907fbf377c684817c24483856b59fef97f3394a5556f5e6e25b2d922e951f4944d2b9060200160405180910390a25050565b5f1960601c82811692508381169350815f5283673ec412a9852d173d60c11b17601c5260205f2082018201805482169150816121c85763ceea21b65f526004601cfd5b8185148515176121ec57815f526030600c20546121ec57634b6e7f185f526004601cfd5b6001018390558183827f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f38a450505050565b73ffffffffffffffffffffffffffffffffffffffff831661223f57505050565b3415612279576040517fcb470c4a000000000000000000000000000000000000000000000000000000008152346004820152602401610b02565b5f818152673ec412a9852d173d60c11b601c5260209020810181015460a01c6b0100000000000000000000008116156122b25750505050565b5f828152600560209081526040822080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8816179055673ec412a9852d173d60c11b601c52902082018201805460a081811c6b010000000000000000000000851718901b18905550505050565b5f81815273ffffffffffffffffffffffffffffffffffffffff928316673ec412a9852d173d60c11b8117601c526020909120820182018054919360019216806123865763ceea21b65f526004601cfd5b8085146123a457805f526030600c20546123a4578160010154851492505b505092915050565b5f64ffffffffff8216633b9aca0002610a95565b6113705f826129bb565b60405163150b7a028082523360208301528560601b60601c604083015283606083015260808083015282518060a08401528015612411578060c08401826020870160045afa505b60208360a48301601c86015f8a5af1612432573d15612432573d5f843e3d83fd5b508060e01b825114610c0b5763d1a57ed65f526004601cfd5b5f5f385f38868887f1949350505050565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561137081612a99565b600a5460609060ff16156124ca576124a482612b0d565b6040516020016124b49190613847565b6040516020818303038152906040529050919050565b60096124d7836020612d29565b6040516020016124b4929190613878565b60605f6124fc8360281c64ffffffffff1690565b905067ffffffffffffffff811642115f61251586612daf565b82612538576040518060600160405280602c8152602001613c4c602c9139612552565b604051806080016040528060428152602001613c0a604291395b6125e3600b805461256290613597565b80601f016020809104026020016040519081016040528092919081815260200182805461258e90613597565b80156125d95780601f106125b0576101008083540402835291602001916125d9565b820191905f5260205f20905b8154815290600101906020018083116125bc57829003601f168201915b5050505050612df1565b612625605061260d8b5f818152673ec412a9852d173d60c11b601c52602090208101015460a01c90565b6bffffffffffffffffffffffff16901c60ff16612daf565b85612665576040518060400160405280600a81526020017f47656e65726174696e670000000000000000000000000000000000000000000081525061269c565b6040518060400160405280600a81526020017f526566756e6461626c65000000000000000000000000000000000000000000008152505b6126af8867ffffffffffffffff16612daf565b6040516020016126c496959493929190613938565b60405160208183030381529060405290506126de81612dfd565b6040516020016126ee9190613b06565b604051602081830303815290604052935050505092915050565b805f819003612743576040517fb8a7f21900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6103e8811115610dee576040517f3b7c8672000000000000000000000000000000000000000000000000000000008152600481018290526103e86024820152604401610b02565b60ff81165f9081526003602052604081205464ffffffffff81168083036127e2576040517f9c0de6e500000000000000000000000000000000000000000000000000000000815260ff85166004820152602401610b02565b633b9aca0064ffffffffff821602348114612832576040517f0dd32d1c00000000000000000000000000000000000000000000000000000000815260048101829052346024820152604401610b02565b5f612841602885901c42613584565b60281b90921795945050505050565b61285b5f848461221f565b8260601b60601c9250815f52673ec412a9852d173d60c11b601c52828160a01b1760205f208301830155825f52601c600c20600181540163ffffffff811685026128b45767ea553b3401336cea851560021b526004601cfd5b905581835f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8138a4505050565b60096128ee8282613b37565b5080516020820120600a80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00167f66f0790b1cbe0dcac007f07341b00cafe2bda254914729058b5209e04b702afe929092149190911790556040517f7e0ac5d538a393526c366571cb91abc7c22f4176cdde90749df3a28a3950c0d7906129779083906130de565b60405180910390a1604080515f81525f1960208201527f6bd5c950a8d8df17f772f5af37cb3655737899cbf903264b9795592da439661c910160405180910390a150565b5f6129c582611507565b90506129d2815f8461221f565b505f81815273ffffffffffffffffffffffffffffffffffffffff928316673ec412a9852d173d60c11b8117601c526020909120820182018054919382169182612a225763ceea21b65f526004601cfd5b825f52816001015480861484871417861517612a4f576030600c2054612a4f57634b6e7f185f526004601cfd5b8015612a5c575f83600101555b5082189055601c600c2080545f19019055815f827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8238a4505050565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60408051603b80825260608281019093525f91906020820181803683370190505090507f6200000000000000000000000000000000000000000000000000000000000000815f81518110612b6357612b6361363b565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a905350825f5b612ba06001603b613571565b811015612d20575f612bb3826005613bf2565b90505f6020612bc3836005613584565b11612be457612bd382601b613571565b6301551220901c601f169050612c93565b6020821015612c46575f612bf9836020613571565b90505f612c0882610100613571565b5f19901c9050612c19826005613571565b612c2590610100613571565b86901c612c33836005613571565b82630155122016901b1792505050612c93565b610120612c54836005613584565b11612c7257612c658261011b613571565b84901c601f169050612c93565b610120612c80836005613584565b612c8a9190613571565b84901b601f1690505b7f6162636465666768696a6b6c6d6e6f707172737475767778797a3233343536378160208110612cc557612cc561363b565b1a60f81b85612cd5856001613584565b81518110612ce557612ce561363b565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053505050806001019050612b94565b50909392505050565b6060601f1960428360011b0116604051019050602081016040525f8152806f30313233343536373839616263646566600f528283018203600119855b600f811651948201946001860153600f8160041c1651855360081c848303612d65578015612d9a57632194895a5f526004601cfd5b505050819003601f1990910190815292915050565b60606080604051019050602081016040525f8152805f19835b928101926030600a8206018453600a900480612dc8575050819003601f19909101908152919050565b6060610a95825f612e0a565b6060610a95825f5f612f0a565b604051602081018215612e1f57602281536001015b7b5c75303030303031323334353637383961626364656662746e00667260155283516b1000000000000004000000009085015b808614612ee25760018601955060ff86511660208110612e9b57826001821b16612e855780845360018401935050612e52565b605c845380600185015360028401935050612e52565b6137006001821b16612ec8578060041c51601d53600f811651601e53601951845260068401935050612e52565b605c84536008810151600185015350600283019250612e52565b50508215612ef257602281536001015b5f8152601f1982820301825260200160405292915050565b60608351801561300f576003600282010460021b60405192507f4142434445464748494a4b4c4d4e4f505152535455565758595a616263646566601f526106708515027f6768696a6b6c6d6e6f707172737475767778797a303132333435363738392d5f18603f526020830181810183886020010180515f82525b60038a0199508951603f8160121c16515f53603f81600c1c1651600153603f8160061c1651600253603f811651600353505f518452600484019350828410612f855790526020016040527f3d3d00000000000000000000000000000000000000000000000000000000000060038406600204808303919091525f8615159091029182900352900382525b509392505050565b5f60208284031215613027575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611a5d575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff8116811461154b575f5ffd5b5f5f6040838503121561308a575f5ffd5b61309383613056565b915060208301356bffffffffffffffffffffffff811681146130b3575f5ffd5b809150509250929050565b5f5f604083850312156130cf575f5ffd5b50508035926020909101359150565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215613123575f5ffd5b5035919050565b5f5f6040838503121561313b575f5ffd5b61314483613056565b946020939093013593505050565b5f60208284031215613162575f5ffd5b611a5d82613056565b5f5f5f6060848603121561317d575f5ffd5b61318684613056565b925061319460208501613056565b929592945050506040919091013590565b803560ff8116811461154b575f5ffd5b5f5f5f606084860312156131c7575f5ffd5b6131d0846131a5565b925060208401359150604084013563ffffffff811681146131ef575f5ffd5b809150509250925092565b5f5f83601f84011261320a575f5ffd5b50813567ffffffffffffffff811115613221575f5ffd5b6020830191508360208260051b850101111561323b575f5ffd5b9250929050565b5f5f5f5f60408587031215613255575f5ffd5b843567ffffffffffffffff81111561326b575f5ffd5b613277878288016131fa565b909550935050602085013567ffffffffffffffff811115613296575f5ffd5b6132a2878288016131fa565b95989497509550505050565b5f5f83601f8401126132be575f5ffd5b50813567ffffffffffffffff8111156132d5575f5ffd5b60208301915083602082850101111561323b575f5ffd5b5f5f602083850312156132fd575f5ffd5b823567ffffffffffffffff811115613313575f5ffd5b61331f858286016132ae565b90969095509350505050565b5f5f6040838503121561333c575f5ffd5b61334583613056565b9150602083013580151581146130b3575f5ffd5b5f5f5f5f5f6080868803121561336d575f5ffd5b61337686613056565b945061338460208701613056565b935060408601359250606086013567ffffffffffffffff8111156133a6575f5ffd5b6133b2888289016132ae565b969995985093965092949392505050565b5f602082840312156133d3575f5ffd5b611a5d826131a5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6004811061343e577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f60c08201905073ffffffffffffffffffffffffffffffffffffffff835116825260ff60208401511660208301526040830151604083015267ffffffffffffffff606084015116606083015260808301516134a06080840182613409565b5060a092830151919092015290565b5f5f604083850312156134c0575f5ffd5b6134c983613056565b91506134d760208401613056565b90509250929050565b5f5f5f604084860312156134f2575f5ffd5b833567ffffffffffffffff811115613508575f5ffd5b613514868287016132ae565b90945092506135279050602085016131a5565b90509250925092565b82815260408101611a5d6020830184613409565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610a9557610a95613544565b80820180821115610a9557610a95613544565b600181811c908216806135ab57607f821691505b6020821081036135e2577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82613623576136236135e8565b500690565b5f82613636576136366135e8565b500490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b60208101610a958284613409565b5f5f19820361368757613687613544565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f821115610dee57805f5260205f20601f840160051c810160208510156136e05750805b601f840160051c820191505b81811015610f9c575f81556001016136ec565b67ffffffffffffffff8311156137175761371761368e565b61372b836137258354613597565b836136bb565b5f601f84116001811461375c575f85156137455750838201355b5f19600387901b1c1916600186901b178355610f9c565b5f83815260208120601f198716915b8281101561378b578685013582556020948501946001909201910161376b565b50868210156137a7575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b602081525f6137f56020830184866137b9565b949350505050565b84815267ffffffffffffffff84166020820152606060408201525f6138266060830184866137b9565b9695505050505050565b5f81518060208401855e5f93019283525090919050565b7f697066733a2f2f0000000000000000000000000000000000000000000000000081525f611a5d6007830184613830565b5f5f845461388581613597565b60018216801561389c57600181146138cf576138fc565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00831686528115158202860193506138fc565b875f5260205f205f5b838110156138f4578154888201526001909101906020016138d8565b505081860193505b5050506139098185613830565b7f2e6a736f6e000000000000000000000000000000000000000000000000000000815260050195945050505050565b7f7b226e616d65223a2247656e496d4e465420230000000000000000000000000081525f6139696013830189613830565b7f222c226465736372697074696f6e223a2200000000000000000000000000000081526139996011820189613830565b90507f222c22696d616765223a2200000000000000000000000000000000000000000081526139cb600b820188613830565b90507f222c2261747472696275746573223a5b7b2274726169745f74797065223a225481527f696572222c2276616c7565223a000000000000000000000000000000000000006020820152613a23602d820187613830565b90507f7d2c7b2274726169745f74797065223a22537461747573222c2276616c75652281527f3a220000000000000000000000000000000000000000000000000000000000006020820152613a7b6022820186613830565b90507f227d2c7b22646973706c61795f74797065223a2264617465222c22747261697481527f5f74797065223a22446561646c696e65222c2276616c7565223a0000000000006020820152613ad3603a820185613830565b7f7d5d7d000000000000000000000000000000000000000000000000000000000081526003019998505050505050505050565b7f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c00000081525f611a5d601d830184613830565b815167ffffffffffffffff811115613b5157613b5161368e565b613b6581613b5f8454613597565b846136bb565b6020601f821160018114613b97575f8315613b805750848201515b5f19600385901b1c1916600184901b178455610f9c565b5f84815260208120601f198516915b82811015613bc65787850151825560209485019460019092019101613ba6565b5084821015613be357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082028115828204841417610a9557610a9561354456fe4e6f20696d616765207761732064656c69766572656420696e2074696d652e2054686520686f6c6465722063616e20726566756e6420746865207061796d656e742e54686520696d61676520666f72207468697320746f6b656e206973206265696e672067656e6572617465642ea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x03\x0EW_5`\xE0\x1C\x80cp\xA0\x821\x11a\x01\x9CW\x80c\xB7_\x1A\xEF\x11a\0\xE7W\x80c\xE3\x0C9x\x11a\0\x92W\x80c\xF2\xFD\xE3\x8B\x11a\0mW\x80c\xF2\xFD\xE3\x8B\x14a\t\x89W\x80c\xF3\0l\x87\x14a\t\xA8W\x80c\xFB\x94\xBD\x8A\x14a\t\xBBW\x80c\xFE_\xF4h\x14a\t\xDAW__\xFD[\x80c\xE3\x0C9x\x14a\t\x17W\x80c\xE8\xA3\xD4\x85\x14a\tAW\x80c\xE9\x85\xE9\xC5\x14a\tUW__\xFD[\x80c\xD1\xD7\x99t\x11a\0\xC2W\x80c\xD1\xD7\x99t\x14a\x08cW\x80c\xD8E\xA4\xB3\x14a\x08\xC0W\x80c\xDE\xB9f4\x14a\x08\xECW__\xFD[\x80c\xB7_\x1A\xEF\x14a\x08\x12W\x80c\xB8\x8DO\xDE\x14a\x081W\x80c\xC8{V\xDD\x14a\x08DW__\xFD[\x80c\x95\xD8\x9BA\x11a\x01GW\x80c\xA2,\xB4e\x11a\x01\"W\x80c\xA2,\xB4e\x14a\x07\xC0W\x80c\xA20\x9F\xF8\x14a\x07\xDFW\x80c\xB5\xBD>\xB9\x14a\x07\xFDW__\xFD[\x80c\x95\xD8\x9BA\x14a\x07HW\x80c\x97\xD8\xC6v\x14a\x07\x8DW\x80c\x9F=\x1A*\x14a\x07\xACW__\xFD[\x80c\x84V\xCBY\x11a\x01wW\x80c\x84V\xCBY\x14a\x06\xECW\x80c\x8D\xA5\xCB[\x14a\x07\0W\x80c\x93\x8E={\x14a\x07)W__\xFD[\x80cp\xA0\x821\x14a\x06\xA5W\x80cqP\x18\xA6\x14a\x06\xC4W\x80cy\xBAP\x97\x14a\x06\xD8W__\xFD[\x80c*U Z\x11a\x02\\W\x80cNq\xD9-\x11a\x02\x07W\x80ccR!\x1E\x11a\x01\xE2W\x80ccR!\x1E\x14a\x06RW\x80ce\xE7>2\x14a\x06qW\x80ck\xC8G\x0E\x14a\x06\x90W__\xFD[\x80cNq\xD9-\x14a\x05\xEEW\x80c\\\x1A\x10\x9B\x14a\x06\x02W\x80c\\\x97Z\xBB\x14a\x06!W__\xFD[\x80cB\x84.\x0E\x11a\x027W\x80cB\x84.\x0E\x14a\x05\xA8W\x80cD\x8D\x8C\\\x14a\x05\xBBW\x80cE\x800\xC0\x14a\x05\xCFW__\xFD[\x80c*U Z\x14a\x05\x1FW\x80c<\xB5\x97\xAA\x14a\x05jW\x80c?K\xA8:\x14a\x05\x94W__\xFD[\x80c\t^\xA7\xB3\x11a\x02\xBCW\x80c\x1F\xFB\xB0d\x11a\x02\x97W\x80c\x1F\xFB\xB0d\x14a\x04\xAAW\x80c#\xB8r\xDD\x14a\x04\xEDW\x80c'\x8E\xCD\xE1\x14a\x05\0W__\xFD[\x80c\t^\xA7\xB3\x14a\x04BW\x80c\n\xFEq\xBD\x14a\x04UW\x80c\x13\x88\x85e\x14a\x04\x96W__\xFD[\x80c\x04\xE8\x1B\xC3\x11a\x02\xECW\x80c\x04\xE8\x1B\xC3\x14a\x03\x91W\x80c\x06\xFD\xDE\x03\x14a\x03\xB0W\x80c\x08\x18\x12\xFC\x14a\x03\xFEW__\xFD[\x80c\x01\xC1\x1D\x96\x14a\x03\x12W\x80c\x01\xFF\xC9\xA7\x14a\x03AW\x80c\x04cM\x8D\x14a\x03pW[__\xFD[4\x80\x15a\x03\x1DW__\xFD[Pa\x03.h;\x9A\xC9\xFF\xFF\xC4e6\0\x81V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x03LW__\xFD[Pa\x03`a\x03[6`\x04a0\x17V[a\n\x05V[`@Q\x90\x15\x15\x81R` \x01a\x038V[4\x80\x15a\x03{W__\xFD[Pa\x03\x8Fa\x03\x8A6`\x04a0yV[a\n\x9BV[\0[4\x80\x15a\x03\x9CW__\xFD[Pa\x03\x8Fa\x03\xAB6`\x04a0\xBEV[a\n\xB1V[4\x80\x15a\x03\xBBW__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R`\x08\x81R\x7FGenImNFT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01R[`@Qa\x038\x91\x90a0\xDEV[4\x80\x15a\x04\tW__\xFD[Pa\x04\x1Da\x04\x186`\x04a1\x13V[a\x0C\x13V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x038V[a\x03\x8Fa\x04P6`\x04a1*V[a\x0CNV[4\x80\x15a\x04`W__\xFD[Pa\x03.a\x04o6`\x04a1RV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x06` R`@\x90 T\x90V[4\x80\x15a\x04\xA1W__\xFD[Pa\x03.a\x0C\x93V[4\x80\x15a\x04\xB5W__\xFD[Pa\x03`a\x04\xC46`\x04a1RV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x06` R`@\x90 T\x15\x15\x90V[a\x03\x8Fa\x04\xFB6`\x04a1kV[a\x0C\xE1V[4\x80\x15a\x05\x0BW__\xFD[Pa\x03\x8Fa\x05\x1A6`\x04a1\x13V[a\r\xF3V[4\x80\x15a\x05*W__\xFD[Pa\x05>a\x0596`\x04a0\xBEV[a\x0F\xA3V[`@\x80Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83R` \x83\x01\x91\x90\x91R\x01a\x038V[4\x80\x15a\x05uW__\xFD[Pa\x03.`\x02T`@\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[4\x80\x15a\x05\x9FW__\xFD[Pa\x03\x8Fa\x0F\xF6V[a\x03\x8Fa\x05\xB66`\x04a1kV[a\x10\\V[4\x80\x15a\x05\xC6W__\xFD[Pa\x03\xF1a\x10\x88V[4\x80\x15a\x05\xDAW__\xFD[Pa\x03\x8Fa\x05\xE96`\x04a1\xB5V[a\x11\x18V[4\x80\x15a\x05\xF9W__\xFD[Pa\x03\x8Fa\x12~V[4\x80\x15a\x06\rW__\xFD[Pa\x03.a\x06\x1C6`\x04a2BV[a\x13sV[4\x80\x15a\x06,W__\xFD[P`\x02Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x15\x15a\x03`V[4\x80\x15a\x06]W__\xFD[Pa\x04\x1Da\x06l6`\x04a1\x13V[a\x15\x07V[4\x80\x15a\x06|W__\xFD[Pa\x03\x8Fa\x06\x8B6`\x04a1RV[a\x15PV[4\x80\x15a\x06\x9BW__\xFD[Pa\x03.a\x03\xE8\x81V[4\x80\x15a\x06\xB0W__\xFD[Pa\x03.a\x06\xBF6`\x04a1RV[a\x16\x99V[4\x80\x15a\x06\xCFW__\xFD[Pa\x03\x8Fa\x16\xD1V[4\x80\x15a\x06\xE3W__\xFD[Pa\x03\x8Fa\x16\xE4V[4\x80\x15a\x06\xF7W__\xFD[Pa\x03\x8Fa\x17XV[4\x80\x15a\x07\x0BW__\xFD[P_Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x04\x1DV[4\x80\x15a\x074W__\xFD[Pa\x03\x8Fa\x07C6`\x04a2\xECV[a\x17\xB1V[4\x80\x15a\x07SW__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R`\x05\x81R\x7FGENIM\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01Ra\x03\xF1V[4\x80\x15a\x07\x98W__\xFD[Pa\x03\x8Fa\x07\xA76`\x04a3+V[a\x17\xF3V[4\x80\x15a\x07\xB7W__\xFD[Pa\x03\xF1a\x18\xF8V[4\x80\x15a\x07\xCBW__\xFD[Pa\x03\x8Fa\x07\xDA6`\x04a3+V[a\x19\x07V[4\x80\x15a\x07\xEAW__\xFD[P`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03.V[4\x80\x15a\x08\x08W__\xFD[Pa\x03.`\x08T\x81V[4\x80\x15a\x08\x1DW__\xFD[Pa\x03\x8Fa\x08,6`\x04a2\xECV[a\x19ZV[a\x03\x8Fa\x08?6`\x04a3YV[a\x19\xE6V[4\x80\x15a\x08OW__\xFD[Pa\x03\xF1a\x08^6`\x04a1\x13V[a\x1A9V[4\x80\x15a\x08nW__\xFD[Pa\x08\xA6a\x08}6`\x04a3\xC3V[`\xFF\x16_\x90\x81R`\x03` R`@\x90 Tc;\x9A\xCA\0d\xFF\xFF\xFF\xFF\xFF\x82\x16\x02\x91`(\x91\x90\x91\x1C\x90V[`@\x80Q\x92\x83Rc\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x038V[4\x80\x15a\x08\xCBW__\xFD[Pa\x08\xDFa\x08\xDA6`\x04a1\x13V[a\x1A\xAAV[`@Qa\x038\x91\x90a4BV[4\x80\x15a\x08\xF7W__\xFD[Pa\t\x02b'\x8D\0\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x038V[4\x80\x15a\t\"W__\xFD[P`\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x04\x1DV[4\x80\x15a\tLW__\xFD[Pa\x03\xF1a\x1CBV[4\x80\x15a\t`W__\xFD[Pa\x03`a\to6`\x04a4\xAFV[`\x1CRg\nZ.z\0\0\0\0`\x08R_R`0`\x0C T\x90V[4\x80\x15a\t\x94W__\xFD[Pa\x03\x8Fa\t\xA36`\x04a1RV[a\x1CQV[a\x03.a\t\xB66`\x04a4\xE0V[a\x1D\0V[4\x80\x15a\t\xC6W__\xFD[Pa\x03\x8Fa\t\xD56`\x04a2\xECV[a\x1EPV[4\x80\x15a\t\xE5W__\xFD[Pa\x03.a\t\xF46`\x04a1RV[`\x07` R_\x90\x81R`@\x90 T\x81V[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7FI\x06I\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\nwWPa\nw\x82c\x01\xFF\xC9\xA7`\xE0\x91\x90\x91\x1C\x90\x81\x14c\x80\xACX\xCD\x82\x14\x17c[^\x13\x9F\x90\x91\x14\x17\x90V[\x80a\n\x95WPc*U Z`\xE0\x83\x90\x1C\x90\x81\x14c\x01\xFF\xC9\xA7\x91\x90\x91\x14\x17[\x92\x91PPV[a\n\xA3a\x1E\x96V[a\n\xAD\x82\x82a\x1E\xE8V[PPV[_a\n\xBAa\x1F6V[\x90P\x80\x83\x10\x15a\x0B\x0BW`@Q\x7FeN\xD11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R3`$\x82\x01R`D\x81\x01\x82\x90R`d\x01[`@Q\x80\x91\x03\x90\xFD[a\x0B\x14\x82a\x1F\x84V[_\x83\x81R`\x04` R`@\x90 Ta\x0B+\x81a\x1F\xC4V[a\x0BmW\x83a\x0B9\x85a\x1F\xD7V[`@Q\x7F\x8B(\xB8\xFA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x0B\x02\x92\x91\x90a50V[_a\x0B\x7F\x82`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11\x15a\x0B\xD8W`@Q\x7Fo\n4\x82\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x0B\x02V[_a\x0B\xE4\x86\x84\x87a ;V[\x90P`@\x81\x90\x1B`\x02_\x82\x82Ta\x0B\xFB\x91\x90a5qV[\x90\x91UPa\x0C\x0B\x90P3\x82a \xCEV[PPPPPPV[_\x81_Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` _ \x82\x01\x82\x01\x80T``\x1Ba\x0CDWc\xCE\xEA!\xB6_R`\x04`\x1C\xFD[`\x01\x01T\x92\x91PPV[4\x15a\x0C\x88W`@Q\x7F\xCBG\x0CJ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R4`\x04\x82\x01R`$\x01a\x0B\x02V[a\n\xAD3\x83\x83a!\x85V[__`\x08Ta\x0C\xB6`\x02T`@\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x0C\xC0\x91\x90a5\x84V[\x90PG\x81\x81\x11a\x0C\xD0W_a\x0C\xDAV[a\x0C\xDA\x82\x82a5qV[\x92PPP\x90V[a\x0C\xEC\x83\x83\x83a\"\x1FV[_\x81\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B3\x17`\x1CR` \x90 \x81\x01\x81\x01\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16\x94\x93\x84\x16\x93\x81\x16\x91\x90\x82\x86\x14\x83\x02a\rJWg\xCE\xEA!\xB6\xA1\x14\x81\0\x83\x15`\x02\x1BR`\x04`\x1C\xFD[\x85_R\x81`\x01\x01T\x92P\x823\x14\x863\x14\x17a\rvW`0`\x0C Ta\rvWcKn\x7F\x18_R`\x04`\x1C\xFD[\x82\x15a\r\x83W_\x82`\x01\x01U[\x85\x85\x18\x18\x90UP`\x1C`\x0C\x81\x81 \x80T_\x19\x01\x90U_\x84\x90R \x80T`\x01\x01c\xFF\xFF\xFF\xFF\x81\x16\x84\x02a\r\xC4Wg\xEAU;4\x013l\xEA\x84\x15`\x02\x1BR`\x04`\x1C\xFD[\x90U\x80\x82\x84\x7F\xDD\xF2R\xAD\x1B\xE2\xC8\x9Bi\xC2\xB0h\xFC7\x8D\xAA\x95+\xA7\xF1c\xC4\xA1\x16(\xF5ZM\xF5#\xB3\xEF_8\xA4[PPPV[_\x81\x81R`\x04` R`@\x90 Ta\x0E\n\x81a\x1F\xC4V[a\x0E\x18W\x81a\x0B9\x83a\x1F\xD7V[a\x0E\"3\x83a#6V[a\x0EaW`@Q\x7F\xEF\xD3n/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0B\x02V[_a\x0Es\x82`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11a\x0E\xCBW`@Q\x7F\xAD6d\xA6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x0B\x02V[_\x83\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x81 \x84\x01\x84\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a\x0F\x07\x84a#\xACV[\x90P`\x04_\x86\x81R` \x01\x90\x81R` \x01_ _\x90U`@\x81\x90\x1B`\x02_\x82\x82Ta\x0F2\x91\x90a5qV[\x90\x91UPa\x0FA\x90P\x85a#\xC0V[\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85\x7F|\xA5G+~\xA7\x8C,\x01A\xC5\xA1.\xE6\xD1p\xCFL\xE8\xED\x06\xBE=\"\xC8%-\xDF\xC7\xA6\xA2\xC4\x83`@Qa\x0F\x8A\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3a\x0F\x9C\x82\x82a \xCEV[PPPPPV[_\x82\x81Rh\xAAN\xC0\x02$\xAF\xCC\xFD\xB7` R`@\x81 T``\x81\x90\x1C\x91\x90a'\x10\x90\x83a\x0F\xD6W` QT\x90P\x80``\x1C\x93P[``\x84\x90\x1B\x18\x84_\x19\x82\x90\x04\x81\x11\x82\x02==>\x93\x96\x93\x02\x04\x93P\x90\x91PPV[a\x0F\xFEa\x1E\x96V[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U`@Q3\x81R\x7F]\xB9\xEE\nI[\xF2\xE6\xFF\x9C\x91\xA7\x83L\x1B\xA4\xFD\xD2D\xA5\xE8\xAANS{\xD3\x8A\xEA\xE4\xB0s\xAA\x90` \x01[`@Q\x80\x91\x03\x90\xA1V[a\x10g\x83\x83\x83a\x0C\xE1V[\x81;\x15a\r\xEEWa\r\xEE\x83\x83\x83`@Q\x80` \x01`@R\x80_\x81RPa#\xCAV[```\x0B\x80Ta\x10\x97\x90a5\x97V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x10\xC3\x90a5\x97V[\x80\x15a\x11\x0EW\x80`\x1F\x10a\x10\xE5Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x11\x0EV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x10\xF1W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90P\x90V[a\x11 a\x1E\x96V[a\x11.c;\x9A\xCA\0\x83a6\x15V[\x15\x15\x80a\x11CWPh;\x9A\xC9\xFF\xFF\xC4e6\0\x82\x11[\x15a\x11\x8CW`@Q\x7F\xAF`\x8A\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90Rh;\x9A\xC9\xFF\xFF\xC4e6\0`$\x82\x01R`D\x01a\x0B\x02V[b'\x8D\0c\xFF\xFF\xFF\xFF\x82\x16\x11\x80a\x11\xB1WPc\xFF\xFF\xFF\xFF\x81\x16\x15\x80\x15a\x11\xB1WP\x81\x15\x15[\x15a\x11\xF9W`@Q\x7F\x8D\xFF \x1E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01Rb'\x8D\0`$\x82\x01R`D\x01a\x0B\x02V[a\x12\x07c;\x9A\xCA\0\x83a6(V[`\xFF\x84\x16_\x81\x81R`\x03` R`@\x90\x81\x90 h\xFF\xFF\xFF\xFF\0\0\0\0\0`(\x86\x90\x1B\x16\x93\x90\x93\x17\x90\x92U\x90Q\x7F_\nG\xEFo\xF1\xFD\xF5(\x94\xDC\xF8\x06\xBDBG\xA0\x9F\xDF\xB3\xFA\x85I\x9F*\x19f\xEF4\x13Z\xB9\x90a\x12q\x90\x85\x90\x85\x90\x91\x82Rc\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPV[3_\x90\x81R`\x07` R`@\x81 T\x90\x81\x90\x03a\x12\xC9W`@Q\x7Fd\xAB4f\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\x0B\x02V[3_\x90\x81R`\x07` R`@\x81 \x81\x90U`\x08\x80T\x83\x92\x90a\x12\xEC\x90\x84\x90a5qV[\x90\x91UPP`@Q\x81\x81R3\x90\x7F\xD8\x13\x8F\x8A?7|RY\xCAT\x8Ep\xE4\xC2\xDE\x94\xF1)\xF5\xA1\x106\xA1[iQ<\xBA+Bj\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x1313\x82Za$KV[a\x13pW`@Q\x7F\x1CC\xB9v\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x0B\x02V[PV[__a\x13}a\x1F6V[\x90P\x84\x83\x81\x14a\x13\xC3W`@Q\x7F\xAB\x8Bg\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x85\x90R`D\x01a\x0B\x02V[__[\x82\x81\x10\x15a\x14\xD0W_\x89\x89\x83\x81\x81\x10a\x13\xE1Wa\x13\xE1a6;V[\x90P` \x02\x015\x90P_\x88\x88\x84\x81\x81\x10a\x13\xFDWa\x13\xFDa6;V[\x90P` \x02\x015\x90Pa\x14\x0F\x81a\x1F\x84V[_\x82\x81R`\x04` R`@\x90 T\x86\x83\x10\x80a\x141WPa\x14/\x81a\x1F\xC4V[\x15[\x80a\x14UWPa\x14H\x81`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x11[\x15a\x14\xA2W\x82\x7F\x17Ri=\xBC\x81\x90\x12\xE3\x94P\xFD\x85K\xB9\xF5\xCEj\x08\x8E\xA0\xD7\x1F\xBC\xA2\xA8\x1CO\xA30\x86Sa\x14\x85\x85a\x1F\xD7V[`@Qa\x14\x92\x91\x90a6hV[`@Q\x80\x91\x03\x90\xA2PPPa\x14\xC8V[a\x14\xAD\x83\x82\x84a ;V[a\x14\xB7\x90\x86a5\x84V[\x94Pa\x14\xC2\x88a6vV[\x97PPPP[`\x01\x01a\x13\xC6V[P\x80\x15a\x14\xFCW`@\x81\x90\x1B`\x02_\x82\x82Ta\x14\xEC\x91\x90a5qV[\x90\x91UPa\x14\xFC\x90P3\x82a \xCEV[PPP\x94\x93PPPPV[_\x81\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x90 \x81\x01\x81\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80a\x15KWc\xCE\xEA!\xB6_R`\x04`\x1C\xFD[\x91\x90PV[a\x15Xa\x1E\x96V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x15\xA5W`@Q\x7F\xD9.#=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x15\xAEa\x0C\x93V[\x90P\x80_\x03a\x15\xE9W`@Q\x7F\xC0\xEF\x17\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\xB9E(\xABm\xC2\xC1WC\xA4{\x931\x15\xB31\xB7\xBE\xAExq&w\xF1\xE3E\xA9\xF1\xAE\x84\xBB\xD1\x82`@Qa\x161\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x16D\x82\x82Za$KV[a\n\xADW`@Q\x7F\x1CC\xB9v\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x0B\x02V[_\x81a\x16\xACWc\x8FN\xB6\x04_R`\x04`\x1C\xFD[g>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR\x81_Rc\xFF\xFF\xFF\xFF`\x1C`\x0C T\x16\x90P\x91\x90PV[a\x16\xD9a\x1E\x96V[a\x16\xE2_a$\\V[V[`\x01T3\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x14a\x17OW`@Q\x7F\x11\x8C\xDA\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\x02V[a\x13p\x81a$\\V[a\x17`a\x1E\x96V[`\x02\x80Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U`@Q3\x81R\x7Fb\xE7\x8C\xEA\x01\xBE\xE3 \xCDNB\x02p\xB5\xEAt\0\r\x11\xB0\xC9\xF7GT\xEB\xDB\xFCTK\x05\xA2X\x90` \x01a\x10RV[a\x17\xB9a\x1E\x96V[`\x0Ca\x17\xC6\x82\x84\x83a6\xFFV[P`@Q\x7F\xA5\xD4\t~\xDD\xA6\xD8|\xB92\x9A\xF8?\xB3q.\xF7~\xEB\x13s\x8F\xFEC\xCC5\xA4\xCE0Z\xD9b\x90_\x90\xA1PPV[a\x17\xFBa\x1E\x96V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16a\x18HW`@Q\x7F\xD9.#=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81\x15a\x18\x98WPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x06` R`@\x81 T\x90\x81\x90\x03a\x18\x98W`\x02Ta\x18\x95\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01a5\x84V[\x90P[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_\x81\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x84\x90U\x81Q\x85\x15\x15\x81R\x90\x81\x01\x84\x90R\x7F6\xD1m\xCFi\xC4\xAE\x17\xAF\xA7i\xD9tD\x80p\xCB\x86%\xF1\xAC\r:\xA9\xDBk\xA9D\x1F\x7F\x0EX\x91\x01a\x12qV[```\t\x80Ta\x10\x97\x90a5\x97V[\x80\x15\x15\x90P\x81`\x1CRg\nZ.z\0\0\0\0`\x08R3_R\x80`0`\x0C U\x80_R\x81``\x1B``\x1C3\x7F\x170~\xAB9\xABa\x07\xE8\x89\x98E\xAD=Y\xBD\x96S\xF2\0\xF2 \x92\x04\x89\xCA+Y7il1` _\xA3PPV[a\x19ba\x1E\x96V[`\x0Ba\x19o\x82\x84\x83a6\xFFV[P\x7F\"\t\xB3\x1A\xD8\x0F>\xD1\xBA\xF7l\x99b\xCB\xEF\x95\x86\xE0\x12\xE89\xD2i\x91\xFD\x87\x98\xA5[\xEAPu\x82\x82`@Qa\x19\xA1\x92\x91\x90a7\xE2V[`@Q\x80\x91\x03\x90\xA1`@\x80Q_\x81R_\x19` \x82\x01R\x7Fk\xD5\xC9P\xA8\xD8\xDF\x17\xF7r\xF5\xAF7\xCB6Usx\x99\xCB\xF9\x03&K\x97\x95Y-\xA49f\x1C\x91\x01`@Q\x80\x91\x03\x90\xA1PPV[a\x19\xF1\x85\x85\x85a\x0C\xE1V[\x83;\x15a\x0F\x9CWa\x0F\x9C\x85\x85\x85\x85\x85\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa#\xCA\x92PPPV[_\x81\x81R`\x04` R`@\x90 T``\x90`\x80\x81\x90\x1C\x15a\x1AdWa\x1A]\x81a$\x8DV[\x93\x92PPPV[\x80_\x03a\x1A\xA0W`@Q\x7F/Ac\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x0B\x02V[a\x1A]\x83\x82a$\xE8V[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x91\x90\x91Ra\x1A\xE4\x82a\x1F\xD7V[\x81`\x80\x01\x90`\x03\x81\x11\x15a\x1A\xFAWa\x1A\xFAa3\xDCV[\x90\x81`\x03\x81\x11\x15a\x1B\rWa\x1B\ra3\xDCV[\x90RP_\x81`\x80\x01Q`\x03\x81\x11\x15a\x1B'Wa\x1B'a3\xDCV[\x03a\x1B1W\x91\x90PV[_\x82\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x80\x82 \x84\x01\x84\x01T\x84\x83R`\x05\x90\x91R`@\x90\x91 T`\xA0\x91\x90\x91\x1C\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80a\x1B\xB5W_\x84\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x90 \x84\x01\x84\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1B\xB7V[\x80[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83R`\xFF`P\x83\x90\x1C\x16` \x84\x01Ra\x1B\xE5\x82a#\xACV[`@\x84\x01Ra\x1B\xFB\x82`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x84\x01R`\x02\x83`\x80\x01Q`\x03\x81\x11\x15a\x1C\"Wa\x1C\"a3\xDCV[\x03a\x1C;W_\x84\x81R`\x04` R`@\x90 T`\xA0\x84\x01R[PP\x91\x90PV[```\x0C\x80Ta\x10\x97\x90a5\x97V[a\x1CYa\x1E\x96V[`\x01\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x81\x17\x90\x91Ua\x1C\xBB_Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F8\xD1k\x8C\xAC\"\xD9\x9F\xC7\xC1$\xB9\xCD\r\xE2\xD3\xFA\x1F\xAE\xF4 \xBF\xE7\x91\xD8\xC3b\xD7e\xE2'\0`@Q`@Q\x80\x91\x03\x90\xA3PV[_a\x1D\x0B\x84\x84a'\x08V[`\x02Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x15a\x1DaW`@Q\x7F\xEBV\x07V\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x1Dk\x84a'\x8AV[\x90P_a\x1Dw\x82a#\xACV[\x90Pa\x1D\x8Eg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x01a5\x84V[\x93Pa\x1D\xC2`@\x82\x90\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x85\x16\x86\x17a5\x84V[`\x02U_\x84\x81R`\x04` R`@\x90 \x82\x90Ua\x1D\xF33\x85j\xFF\0\0\0\0\0\0\0\0\0\0`P\x89\x90\x1B\x16\x85\x17a(PV[`\xFF\x85\x163\x85\x7F\xAC\xC1$\xFF=9\x07\x9D=\x88\x8D\x8B\xF3\xB0\xFE\np\xED\x94\x9F5$`\xAE]C\xB6\xF7#\xA7\xFD$\x84a\x1E,\x87`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[\x8C\x8C`@Qa\x1E>\x94\x93\x92\x91\x90a7\xFDV[`@Q\x80\x91\x03\x90\xA4PPP\x93\x92PPPV[a\x1EXa\x1E\x96V[a\n\xAD\x82\x82\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa(\xE2\x92PPPV[_Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x14a\x16\xE2W`@Q\x7F\x11\x8C\xDA\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\x0B\x02V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\x10\x80\x82\x11\x15a\x1F\x0EWc5\n\x88\xB3_R`\x04`\x1C\xFD[\x82``\x1B\x80a\x1F$Wc\xB4E~\xAA_R`\x04`\x1C\xFD[\x90\x91\x17h\xAAN\xC0\x02$\xAF\xCC\xFD\xB7UPPV[3_\x90\x81R`\x06` R`@\x81 T\x90\x81\x90\x03a\x1F\x81W`@Q\x7FR\xF4\x9C\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\x0B\x02V[\x90V[`\x80\x81\x90\x1C_\x03a\x13pW`@Q\x7F\x86\x0E2\xDC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0B\x02V[_\x81\x15\x80\x15\x90a\n\x95WPP`\x80\x1C\x15\x90V[_\x81\x81R`\x04` R`@\x81 T`\x80\x81\x90\x1C\x15a\x1F\xF8WP`\x02\x92\x91PPV[\x80\x15a \x07WP`\x01\x92\x91PPV[_\x83\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x81 \x84\x01\x84\x01T`\xA0\x1C\x90\x03a 2W_a\x1A]V[`\x03\x93\x92PPPV[_\x83\x81R`\x04` R`@\x81 \x82\x90Ua T\x83a#\xACV[`@\x80Q\x84\x81R` \x81\x01\x83\x90R\x91\x92P3\x91\x86\x91\x7F\x01G\xEDq\xC4b\xA5y\xFC\x1D\xEA\xA8M*\xBC\xAA\x04\x80\x8D\xD9\xB2\xE3\x85\xD1C~.\x1F\x89\xD4\x9EO\x91\x01`@Q\x80\x91\x03\x90\xA3`@Q\x84\x81R\x7F\xF8\xE1\xA1Z\xBA\x93\x98\xE0\x19\xF0\xB4\x9D\xF1\xA4\xFD\xE9\x8E\xE1z\xE3E\xCB_k^,'\xF5\x03>\x8C\xE7\x90` \x01`@Q\x80\x91\x03\x90\xA1\x93\x92PPPV[a \xDC\x82\x82b\x01\x86\xA0a$KV[\x15a \xE5WPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x07` R`@\x81 \x80T\x83\x92\x90a!\x19\x90\x84\x90a5\x84V[\x92PP\x81\x90UP\x80`\x08_\x82\x82Ta!1\x91\x90a5\x84V[\x90\x91UPP`@Q\x81\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90\x7F\xBF7|hH\x17\xC2D\x83\x85kY\xFE\xF9\x7F3\x94\xA5Uo^n%\xB2\xD9\"\xE9Q\xF4\x94M+\x90` \x01`@Q\x80\x91\x03\x90\xA2PPV[_\x19``\x1C\x82\x81\x16\x92P\x83\x81\x16\x93P\x81_R\x83g>\xC4\x12\xA9\x85-\x17=`\xC1\x1B\x17`\x1CR` _ \x82\x01\x82\x01\x80T\x82\x16\x91P\x81a!\xC8Wc\xCE\xEA!\xB6_R`\x04`\x1C\xFD[\x81\x85\x14\x85\x15\x17a!\xECW\x81_R`0`\x0C Ta!\xECWcKn\x7F\x18_R`\x04`\x1C\xFD[`\x01\x01\x83\x90U\x81\x83\x82\x7F\x8C[\xE1\xE5\xEB\xEC}[\xD1OqB}\x1E\x84\xF3\xDD\x03\x14\xC0\xF7\xB2)\x1E[ \n\xC8\xC7\xC3\xB9%_8\xA4PPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16a\"?WPPPV[4\x15a\"yW`@Q\x7F\xCBG\x0CJ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R4`\x04\x82\x01R`$\x01a\x0B\x02V[_\x81\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x90 \x81\x01\x81\x01T`\xA0\x1Ck\x01\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x15a\"\xB2WPPPPV[_\x82\x81R`\x05` \x90\x81R`@\x82 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x17\x90Ug>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR\x90 \x82\x01\x82\x01\x80T`\xA0\x81\x81\x1Ck\x01\0\0\0\0\0\0\0\0\0\0\0\x85\x17\x18\x90\x1B\x18\x90UPPPPV[_\x81\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16g>\xC4\x12\xA9\x85-\x17=`\xC1\x1B\x81\x17`\x1CR` \x90\x91 \x82\x01\x82\x01\x80T\x91\x93`\x01\x92\x16\x80a#\x86Wc\xCE\xEA!\xB6_R`\x04`\x1C\xFD[\x80\x85\x14a#\xA4W\x80_R`0`\x0C Ta#\xA4W\x81`\x01\x01T\x85\x14\x92P[PP\x92\x91PPV[_d\xFF\xFF\xFF\xFF\xFF\x82\x16c;\x9A\xCA\0\x02a\n\x95V[a\x13p_\x82a)\xBBV[`@Qc\x15\x0Bz\x02\x80\x82R3` \x83\x01R\x85``\x1B``\x1C`@\x83\x01R\x83``\x83\x01R`\x80\x80\x83\x01R\x82Q\x80`\xA0\x84\x01R\x80\x15a$\x11W\x80`\xC0\x84\x01\x82` \x87\x01`\x04Z\xFAP[` \x83`\xA4\x83\x01`\x1C\x86\x01_\x8AZ\xF1a$2W=\x15a$2W=_\x84>=\x83\xFD[P\x80`\xE0\x1B\x82Q\x14a\x0C\x0BWc\xD1\xA5~\xD6_R`\x04`\x1C\xFD[__8_8\x86\x88\x87\xF1\x94\x93PPPPV[`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90Ua\x13p\x81a*\x99V[`\nT``\x90`\xFF\x16\x15a$\xCAWa$\xA4\x82a+\rV[`@Q` \x01a$\xB4\x91\x90a8GV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x90P\x91\x90PV[`\ta$\xD7\x83` a-)V[`@Q` \x01a$\xB4\x92\x91\x90a8xV[``_a$\xFC\x83`(\x1Cd\xFF\xFF\xFF\xFF\xFF\x16\x90V[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16B\x11_a%\x15\x86a-\xAFV[\x82a%8W`@Q\x80``\x01`@R\x80`,\x81R` \x01a<L`,\x919a%RV[`@Q\x80`\x80\x01`@R\x80`B\x81R` \x01a<\n`B\x919[a%\xE3`\x0B\x80Ta%b\x90a5\x97V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta%\x8E\x90a5\x97V[\x80\x15a%\xD9W\x80`\x1F\x10a%\xB0Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a%\xD9V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a%\xBCW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPPa-\xF1V[a&%`Pa&\r\x8B_\x81\x81Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR` \x90 \x81\x01\x01T`\xA0\x1C\x90V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1C`\xFF\x16a-\xAFV[\x85a&eW`@Q\x80`@\x01`@R\x80`\n\x81R` \x01\x7FGenerating\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81RPa&\x9CV[`@Q\x80`@\x01`@R\x80`\n\x81R` \x01\x7FRefundable\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81RP[a&\xAF\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a-\xAFV[`@Q` \x01a&\xC4\x96\x95\x94\x93\x92\x91\x90a98V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x90Pa&\xDE\x81a-\xFDV[`@Q` \x01a&\xEE\x91\x90a;\x06V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x93PPPP\x92\x91PPV[\x80_\x81\x90\x03a'CW`@Q\x7F\xB8\xA7\xF2\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x03\xE8\x81\x11\x15a\r\xEEW`@Q\x7F;|\x86r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90Ra\x03\xE8`$\x82\x01R`D\x01a\x0B\x02V[`\xFF\x81\x16_\x90\x81R`\x03` R`@\x81 Td\xFF\xFF\xFF\xFF\xFF\x81\x16\x80\x83\x03a'\xE2W`@Q\x7F\x9C\r\xE6\xE5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`$\x01a\x0B\x02V[c;\x9A\xCA\0d\xFF\xFF\xFF\xFF\xFF\x82\x16\x024\x81\x14a(2W`@Q\x7F\r\xD3-\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R4`$\x82\x01R`D\x01a\x0B\x02V[_a(A`(\x85\x90\x1CBa5\x84V[`(\x1B\x90\x92\x17\x95\x94PPPPPV[a([_\x84\x84a\"\x1FV[\x82``\x1B``\x1C\x92P\x81_Rg>\xC4\x12\xA9\x85-\x17=`\xC1\x1B`\x1CR\x82\x81`\xA0\x1B\x17` _ \x83\x01\x83\x01U\x82_R`\x1C`\x0C `\x01\x81T\x01c\xFF\xFF\xFF\xFF\x81\x16\x85\x02a(\xB4Wg\xEAU;4\x013l\xEA\x85\x15`\x02\x1BR`\x04`\x1C\xFD[\x90U\x81\x83_\x7F\xDD\xF2R\xAD\x1B\xE2\xC8\x9Bi\xC2\xB0h\xFC7\x8D\xAA\x95+\xA7\xF1c\xC4\xA1\x16(\xF5ZM\xF5#\xB3\xEF\x818\xA4PPPV[`\ta(\xEE\x82\x82a;7V[P\x80Q` \x82\x01 `\n\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x7Ff\xF0y\x0B\x1C\xBE\r\xCA\xC0\x07\xF0sA\xB0\x0C\xAF\xE2\xBD\xA2T\x91G)\x05\x8BR\t\xE0Kp*\xFE\x92\x90\x92\x14\x91\x90\x91\x17\x90U`@Q\x7F~\n\xC5\xD58\xA3\x93Rl6eq\xCB\x91\xAB\xC7\xC2/Av\xCD\xDE\x90t\x9D\xF3\xA2\x8A9P\xC0\xD7\x90a)w\x90\x83\x90a0\xDEV[`@Q\x80\x91\x03\x90\xA1`@\x80Q_\x81R_\x19` \x82\x01R\x7Fk\xD5\xC9P\xA8\xD8\xDF\x17\xF7r\xF5\xAF7\xCB6Usx\x99\xCB\xF9\x03&K\x97\x95Y-\xA49f\x1C\x91\x01`@Q\x80\x91\x03\x90\xA1PV[_a)\xC5\x82a\x15\x07V[\x90Pa)\xD2\x81_\x84a\"\x1FV[P_\x81\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16g>\xC4\x12\xA9\x85-\x17=`\xC1\x1B\x81\x17`\x1CR` \x90\x91 \x82\x01\x82\x01\x80T\x91\x93\x82\x16\x91\x82a*\"Wc\xCE\xEA!\xB6_R`\x04`\x1C\xFD[\x82_R\x81`\x01\x01T\x80\x86\x14\x84\x87\x14\x17\x86\x15\x17a*OW`0`\x0C Ta*OWcKn\x7F\x18_R`\x04`\x1C\xFD[\x80\x15a*\\W_\x83`\x01\x01U[P\x82\x18\x90U`\x1C`\x0C \x80T_\x19\x01\x90U\x81_\x82\x7F\xDD\xF2R\xAD\x1B\xE2\xC8\x9Bi\xC2\xB0h\xFC7\x8D\xAA\x95+\xA7\xF1c\xC4\xA1\x16(\xF5ZM\xF5#\xB3\xEF\x828\xA4PPPV[_\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[`@\x80Q`;\x80\x82R``\x82\x81\x01\x90\x93R_\x91\x90` \x82\x01\x81\x806\x837\x01\x90PP\x90P\x7Fb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81_\x81Q\x81\x10a+cWa+ca6;V[` \x01\x01\x90~\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x81_\x1A\x90SP\x82_[a+\xA0`\x01`;a5qV[\x81\x10\x15a- W_a+\xB3\x82`\x05a;\xF2V[\x90P_` a+\xC3\x83`\x05a5\x84V[\x11a+\xE4Wa+\xD3\x82`\x1Ba5qV[c\x01U\x12 \x90\x1C`\x1F\x16\x90Pa,\x93V[` \x82\x10\x15a,FW_a+\xF9\x83` a5qV[\x90P_a,\x08\x82a\x01\0a5qV[_\x19\x90\x1C\x90Pa,\x19\x82`\x05a5qV[a,%\x90a\x01\0a5qV[\x86\x90\x1Ca,3\x83`\x05a5qV[\x82c\x01U\x12 \x16\x90\x1B\x17\x92PPPa,\x93V[a\x01 a,T\x83`\x05a5\x84V[\x11a,rWa,e\x82a\x01\x1Ba5qV[\x84\x90\x1C`\x1F\x16\x90Pa,\x93V[a\x01 a,\x80\x83`\x05a5\x84V[a,\x8A\x91\x90a5qV[\x84\x90\x1B`\x1F\x16\x90P[\x7Fabcdefghijklmnopqrstuvwxyz234567\x81` \x81\x10a,\xC5Wa,\xC5a6;V[\x1A`\xF8\x1B\x85a,\xD5\x85`\x01a5\x84V[\x81Q\x81\x10a,\xE5Wa,\xE5a6;V[` \x01\x01\x90~\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x81_\x1A\x90SPPP\x80`\x01\x01\x90Pa+\x94V[P\x90\x93\x92PPPV[```\x1F\x19`B\x83`\x01\x1B\x01\x16`@Q\x01\x90P` \x81\x01`@R_\x81R\x80o0123456789abcdef`\x0FR\x82\x83\x01\x82\x03`\x01\x19\x85[`\x0F\x81\x16Q\x94\x82\x01\x94`\x01\x86\x01S`\x0F\x81`\x04\x1C\x16Q\x85S`\x08\x1C\x84\x83\x03a-eW\x80\x15a-\x9AWc!\x94\x89Z_R`\x04`\x1C\xFD[PPP\x81\x90\x03`\x1F\x19\x90\x91\x01\x90\x81R\x92\x91PPV[```\x80`@Q\x01\x90P` \x81\x01`@R_\x81R\x80_\x19\x83[\x92\x81\x01\x92`0`\n\x82\x06\x01\x84S`\n\x90\x04\x80a-\xC8WPP\x81\x90\x03`\x1F\x19\x90\x91\x01\x90\x81R\x91\x90PV[``a\n\x95\x82_a.\nV[``a\n\x95\x82__a/\nV[`@Q` \x81\x01\x82\x15a.\x1FW`\"\x81S`\x01\x01[{\\u00000123456789abcdefbtn\0fr`\x15R\x83Qk\x10\0\0\0\0\0\0\x04\0\0\0\0\x90\x85\x01[\x80\x86\x14a.\xE2W`\x01\x86\x01\x95P`\xFF\x86Q\x16` \x81\x10a.\x9BW\x82`\x01\x82\x1B\x16a.\x85W\x80\x84S`\x01\x84\x01\x93PPa.RV[`\\\x84S\x80`\x01\x85\x01S`\x02\x84\x01\x93PPa.RV[a7\0`\x01\x82\x1B\x16a.\xC8W\x80`\x04\x1CQ`\x1DS`\x0F\x81\x16Q`\x1ES`\x19Q\x84R`\x06\x84\x01\x93PPa.RV[`\\\x84S`\x08\x81\x01Q`\x01\x85\x01SP`\x02\x83\x01\x92Pa.RV[PP\x82\x15a.\xF2W`\"\x81S`\x01\x01[_\x81R`\x1F\x19\x82\x82\x03\x01\x82R` \x01`@R\x92\x91PPV[``\x83Q\x80\x15a0\x0FW`\x03`\x02\x82\x01\x04`\x02\x1B`@Q\x92P\x7FABCDEFGHIJKLMNOPQRSTUVWXYZabcdef`\x1FRa\x06p\x85\x15\x02\x7Fghijklmnopqrstuvwxyz0123456789-_\x18`?R` \x83\x01\x81\x81\x01\x83\x88` \x01\x01\x80Q_\x82R[`\x03\x8A\x01\x99P\x89Q`?\x81`\x12\x1C\x16Q_S`?\x81`\x0C\x1C\x16Q`\x01S`?\x81`\x06\x1C\x16Q`\x02S`?\x81\x16Q`\x03SP_Q\x84R`\x04\x84\x01\x93P\x82\x84\x10a/\x85W\x90R` \x01`@R\x7F==\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x03\x84\x06`\x02\x04\x80\x83\x03\x91\x90\x91R_\x86\x15\x15\x90\x91\x02\x91\x82\x90\x03R\x90\x03\x82R[P\x93\x92PPPV[_` \x82\x84\x03\x12\x15a0'W__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x1A]W__\xFD[\x805s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x15KW__\xFD[__`@\x83\x85\x03\x12\x15a0\x8AW__\xFD[a0\x93\x83a0VV[\x91P` \x83\x015k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a0\xB3W__\xFD[\x80\x91PP\x92P\x92\x90PV[__`@\x83\x85\x03\x12\x15a0\xCFW__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[_` \x82\x84\x03\x12\x15a1#W__\xFD[P5\x91\x90PV[__`@\x83\x85\x03\x12\x15a1;W__\xFD[a1D\x83a0VV[\x94` \x93\x90\x93\x015\x93PPPV[_` \x82\x84\x03\x12\x15a1bW__\xFD[a\x1A]\x82a0VV[___``\x84\x86\x03\x12\x15a1}W__\xFD[a1\x86\x84a0VV[\x92Pa1\x94` \x85\x01a0VV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[\x805`\xFF\x81\x16\x81\x14a\x15KW__\xFD[___``\x84\x86\x03\x12\x15a1\xC7W__\xFD[a1\xD0\x84a1\xA5V[\x92P` \x84\x015\x91P`@\x84\x015c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a1\xEFW__\xFD[\x80\x91PP\x92P\x92P\x92V[__\x83`\x1F\x84\x01\x12a2\nW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a2!W__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a2;W__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15a2UW__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a2kW__\xFD[a2w\x87\x82\x88\x01a1\xFAV[\x90\x95P\x93PP` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a2\x96W__\xFD[a2\xA2\x87\x82\x88\x01a1\xFAV[\x95\x98\x94\x97P\x95PPPPV[__\x83`\x1F\x84\x01\x12a2\xBEW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a2\xD5W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a2;W__\xFD[__` \x83\x85\x03\x12\x15a2\xFDW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3\x13W__\xFD[a3\x1F\x85\x82\x86\x01a2\xAEV[\x90\x96\x90\x95P\x93PPPPV[__`@\x83\x85\x03\x12\x15a3<W__\xFD[a3E\x83a0VV[\x91P` \x83\x015\x80\x15\x15\x81\x14a0\xB3W__\xFD[_____`\x80\x86\x88\x03\x12\x15a3mW__\xFD[a3v\x86a0VV[\x94Pa3\x84` \x87\x01a0VV[\x93P`@\x86\x015\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3\xA6W__\xFD[a3\xB2\x88\x82\x89\x01a2\xAEV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[_` \x82\x84\x03\x12\x15a3\xD3W__\xFD[a\x1A]\x82a1\xA5V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x04\x81\x10a4>W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[_`\xC0\x82\x01\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82R`\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Q`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01R`\x80\x83\x01Qa4\xA0`\x80\x84\x01\x82a4\tV[P`\xA0\x92\x83\x01Q\x91\x90\x92\x01R\x90V[__`@\x83\x85\x03\x12\x15a4\xC0W__\xFD[a4\xC9\x83a0VV[\x91Pa4\xD7` \x84\x01a0VV[\x90P\x92P\x92\x90PV[___`@\x84\x86\x03\x12\x15a4\xF2W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a5\x08W__\xFD[a5\x14\x86\x82\x87\x01a2\xAEV[\x90\x94P\x92Pa5'\x90P` \x85\x01a1\xA5V[\x90P\x92P\x92P\x92V[\x82\x81R`@\x81\x01a\x1A]` \x83\x01\x84a4\tV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\n\x95Wa\n\x95a5DV[\x80\x82\x01\x80\x82\x11\x15a\n\x95Wa\n\x95a5DV[`\x01\x81\x81\x1C\x90\x82\x16\x80a5\xABW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a5\xE2W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[P\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82a6#Wa6#a5\xE8V[P\x06\x90V[_\x82a66Wa66a5\xE8V[P\x04\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[` \x81\x01a\n\x95\x82\x84a4\tV[__\x19\x82\x03a6\x87Wa6\x87a5DV[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`\x1F\x82\x11\x15a\r\xEEW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a6\xE0WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x0F\x9CW_\x81U`\x01\x01a6\xECV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a7\x17Wa7\x17a6\x8EV[a7+\x83a7%\x83Ta5\x97V[\x83a6\xBBV[_`\x1F\x84\x11`\x01\x81\x14a7\\W_\x85\x15a7EWP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x0F\x9CV[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a7\x8BW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a7kV[P\x86\x82\x10\x15a7\xA7W_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` `\x1F\x19`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[` \x81R_a7\xF5` \x83\x01\x84\x86a7\xB9V[\x94\x93PPPPV[\x84\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a8&``\x83\x01\x84\x86a7\xB9V[\x96\x95PPPPPPV[_\x81Q\x80` \x84\x01\x85^_\x93\x01\x92\x83RP\x90\x91\x90PV[\x7Fipfs://\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_a\x1A]`\x07\x83\x01\x84a80V[__\x84Ta8\x85\x81a5\x97V[`\x01\x82\x16\x80\x15a8\x9CW`\x01\x81\x14a8\xCFWa8\xFCV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83\x16\x86R\x81\x15\x15\x82\x02\x86\x01\x93Pa8\xFCV[\x87_R` _ _[\x83\x81\x10\x15a8\xF4W\x81T\x88\x82\x01R`\x01\x90\x91\x01\x90` \x01a8\xD8V[PP\x81\x86\x01\x93P[PPPa9\t\x81\x85a80V[\x7F.json\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x05\x01\x95\x94PPPPPV[\x7F{\"name\":\"GenImNFT #\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_a9i`\x13\x83\x01\x89a80V[\x7F\",\"description\":\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra9\x99`\x11\x82\x01\x89a80V[\x90P\x7F\",\"image\":\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra9\xCB`\x0B\x82\x01\x88a80V[\x90P\x7F\",\"attributes\":[{\"trait_type\":\"T\x81R\x7Fier\",\"value\":\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01Ra:#`-\x82\x01\x87a80V[\x90P\x7F},{\"trait_type\":\"Status\",\"value\"\x81R\x7F:\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01Ra:{`\"\x82\x01\x86a80V[\x90P\x7F\"},{\"display_type\":\"date\",\"trait\x81R\x7F_type\":\"Deadline\",\"value\":\0\0\0\0\0\0` \x82\x01Ra:\xD3`:\x82\x01\x85a80V[\x7F}]}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x03\x01\x99\x98PPPPPPPPPV[\x7Fdata:application/json;base64,\0\0\0\x81R_a\x1A]`\x1D\x83\x01\x84a80V[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a;QWa;Qa6\x8EV[a;e\x81a;_\x84Ta5\x97V[\x84a6\xBBV[` `\x1F\x82\x11`\x01\x81\x14a;\x97W_\x83\x15a;\x80WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x0F\x9CV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a;\xC6W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a;\xA6V[P\x84\x82\x10\x15a;\xE3W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\n\x95Wa\n\x95a5DV\xFENo image was delivered in time. The holder can refund the payment.The image for this token is being generated.\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccountBalanceOverflow()` and selector `0x01336cea`.
    ```solidity
    error AccountBalanceOverflow();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccountBalanceOverflow;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccountBalanceOverflow> for UnderlyingRustTuple<'_> {
            fn from(value: AccountBalanceOverflow) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AccountBalanceOverflow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccountBalanceOverflow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccountBalanceOverflow()";
            const SELECTOR: [u8; 4] = [1u8, 51u8, 108u8, 234u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `BalanceQueryForZeroAddress()` and selector `0x8f4eb604`.
    ```solidity
    error BalanceQueryForZeroAddress();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BalanceQueryForZeroAddress;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<BalanceQueryForZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: BalanceQueryForZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BalanceQueryForZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BalanceQueryForZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BalanceQueryForZeroAddress()";
            const SELECTOR: [u8; 4] = [143u8, 78u8, 182u8, 4u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `DeadlineNotReached(uint256,uint64)` and selector `0xad3664a6`.
    ```solidity
    error DeadlineNotReached(uint256 tokenId, uint64 deadline);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DeadlineNotReached {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<DeadlineNotReached> for UnderlyingRustTuple<'_> {
            fn from(value: DeadlineNotReached) -> Self {
                (value.tokenId, value.deadline)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for DeadlineNotReached {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    tokenId: tuple.0,
                    deadline: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for DeadlineNotReached {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DeadlineNotReached(uint256,uint64)";
            const SELECTOR: [u8; 4] = [173u8, 54u8, 100u8, 166u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenId,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.deadline,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `DeadlinePassed(uint256,uint64)` and selector `0x6f0a3482`.
    ```solidity
    error DeadlinePassed(uint256 tokenId, uint64 deadline);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DeadlinePassed {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<DeadlinePassed> for UnderlyingRustTuple<'_> {
            fn from(value: DeadlinePassed) -> Self {
                (value.tokenId, value.deadline)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for DeadlinePassed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    tokenId: tuple.0,
                    deadline: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for DeadlinePassed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DeadlinePassed(uint256,uint64)";
            const SELECTOR: [u8; 4] = [111u8, 10u8, 52u8, 130u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenId,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.deadline,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `EmptyPrompt()` and selector `0xb8a7f219`.
    ```solidity
    error EmptyPrompt();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EmptyPrompt;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<EmptyPrompt> for UnderlyingRustTuple<'_> {
            fn from(value: EmptyPrompt) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EmptyPrompt {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EmptyPrompt {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EmptyPrompt()";
            const SELECTOR: [u8; 4] = [184u8, 167u8, 242u8, 25u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidMetadataHash(bytes32)` and selector `0x860e32dc`.
    ```solidity
    error InvalidMetadataHash(bytes32 metadataHash);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidMetadataHash {
        #[allow(missing_docs)]
        pub metadataHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidMetadataHash> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidMetadataHash) -> Self {
                (value.metadataHash,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidMetadataHash {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    metadataHash: tuple.0,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidMetadataHash {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidMetadataHash(bytes32)";
            const SELECTOR: [u8; 4] = [134u8, 14u8, 50u8, 220u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.metadataHash),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidPrice(uint256,uint256)` and selector `0xaf608abb`.
    ```solidity
    error InvalidPrice(uint256 price, uint256 maxPrice);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidPrice {
        #[allow(missing_docs)]
        pub price: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxPrice: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidPrice> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidPrice) -> Self {
                (value.price, value.maxPrice)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidPrice {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    price: tuple.0,
                    maxPrice: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidPrice {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidPrice(uint256,uint256)";
            const SELECTOR: [u8; 4] = [175u8, 96u8, 138u8, 187u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.price,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.maxPrice,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidWindow(uint32,uint32)` and selector `0x8dff201e`.
    ```solidity
    error InvalidWindow(uint32 window, uint32 maxWindow);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidWindow {
        #[allow(missing_docs)]
        pub window: u32,
        #[allow(missing_docs)]
        pub maxWindow: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidWindow> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidWindow) -> Self {
                (value.window, value.maxWindow)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidWindow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    window: tuple.0,
                    maxWindow: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidWindow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidWindow(uint32,uint32)";
            const SELECTOR: [u8; 4] = [141u8, 255u8, 32u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.window,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.maxWindow,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `LengthMismatch(uint256,uint256)` and selector `0xab8b67c6`.
    ```solidity
    error LengthMismatch(uint256 tokenIds, uint256 metadataHashes);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct LengthMismatch {
        #[allow(missing_docs)]
        pub tokenIds: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub metadataHashes: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<LengthMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: LengthMismatch) -> Self {
                (value.tokenIds, value.metadataHashes)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for LengthMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    tokenIds: tuple.0,
                    metadataHashes: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for LengthMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "LengthMismatch(uint256,uint256)";
            const SELECTOR: [u8; 4] = [171u8, 139u8, 103u8, 198u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenIds,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.metadataHashes,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `MintingPaused()` and selector `0xeb560756`.
    ```solidity
    error MintingPaused();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MintingPaused;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<MintingPaused> for UnderlyingRustTuple<'_> {
            fn from(value: MintingPaused) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for MintingPaused {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for MintingPaused {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MintingPaused()";
            const SELECTOR: [u8; 4] = [235u8, 86u8, 7u8, 86u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NoSurplus()` and selector `0xc0ef17d3`.
    ```solidity
    error NoSurplus();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoSurplus;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NoSurplus> for UnderlyingRustTuple<'_> {
            fn from(value: NoSurplus) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoSurplus {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoSurplus {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoSurplus()";
            const SELECTOR: [u8; 4] = [192u8, 239u8, 23u8, 211u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NonexistentToken(uint256)` and selector `0x2f4163e7`.
    ```solidity
    error NonexistentToken(uint256 tokenId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NonexistentToken {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NonexistentToken> for UnderlyingRustTuple<'_> {
            fn from(value: NonexistentToken) -> Self {
                (value.tokenId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NonexistentToken {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { tokenId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NonexistentToken {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NonexistentToken(uint256)";
            const SELECTOR: [u8; 4] = [47u8, 65u8, 99u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenId,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotAgent(address)` and selector `0x52f49c95`.
    ```solidity
    error NotAgent(address caller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotAgent {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotAgent> for UnderlyingRustTuple<'_> {
            fn from(value: NotAgent) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotAgent {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotAgent {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotAgent(address)";
            const SELECTOR: [u8; 4] = [82u8, 244u8, 156u8, 149u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotHolderNorApproved(address,uint256)` and selector `0xefd36e2f`.
    ```solidity
    error NotHolderNorApproved(address caller, uint256 tokenId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotHolderNorApproved {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotHolderNorApproved> for UnderlyingRustTuple<'_> {
            fn from(value: NotHolderNorApproved) -> Self {
                (value.caller, value.tokenId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotHolderNorApproved {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    caller: tuple.0,
                    tokenId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotHolderNorApproved {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotHolderNorApproved(address,uint256)";
            const SELECTOR: [u8; 4] = [239u8, 211u8, 110u8, 47u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenId,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotOwnerNorApproved()` and selector `0x4b6e7f18`.
    ```solidity
    error NotOwnerNorApproved();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotOwnerNorApproved;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotOwnerNorApproved> for UnderlyingRustTuple<'_> {
            fn from(value: NotOwnerNorApproved) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotOwnerNorApproved {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotOwnerNorApproved {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotOwnerNorApproved()";
            const SELECTOR: [u8; 4] = [75u8, 110u8, 127u8, 24u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotPending(uint256,uint8)` and selector `0x8b28b8fa`.
    ```solidity
    error NotPending(uint256 tokenId, IGenImNFT.Status status);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotPending {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub status: <IGenImNFT::Status as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>, IGenImNFT::Status);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            <IGenImNFT::Status as alloy::sol_types::SolType>::RustType,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotPending> for UnderlyingRustTuple<'_> {
            fn from(value: NotPending) -> Self {
                (value.tokenId, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotPending {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    tokenId: tuple.0,
                    status: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotPending {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotPending(uint256,uint8)";
            const SELECTOR: [u8; 4] = [139u8, 40u8, 184u8, 250u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenId,
                    ),
                    <IGenImNFT::Status as alloy_sol_types::SolType>::tokenize(&self.status),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NothingToClaim(address)` and selector `0x64ab3466`.
    ```solidity
    error NothingToClaim(address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingToClaim {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NothingToClaim> for UnderlyingRustTuple<'_> {
            fn from(value: NothingToClaim) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingToClaim {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingToClaim {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingToClaim(address)";
            const SELECTOR: [u8; 4] = [100u8, 171u8, 52u8, 102u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `OwnableInvalidOwner(address)` and selector `0x1e4fbdf7`.
    ```solidity
    error OwnableInvalidOwner(address owner);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnableInvalidOwner {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OwnableInvalidOwner> for UnderlyingRustTuple<'_> {
            fn from(value: OwnableInvalidOwner) -> Self {
                (value.owner,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OwnableInvalidOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnableInvalidOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnableInvalidOwner(address)";
            const SELECTOR: [u8; 4] = [30u8, 79u8, 189u8, 247u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `OwnableUnauthorizedAccount(address)` and selector `0x118cdaa7`.
    ```solidity
    error OwnableUnauthorizedAccount(address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnableUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OwnableUnauthorizedAccount> for UnderlyingRustTuple<'_> {
            fn from(value: OwnableUnauthorizedAccount) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OwnableUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnableUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnableUnauthorizedAccount(address)";
            const SELECTOR: [u8; 4] = [17u8, 140u8, 218u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PromptTooLong(uint256,uint256)` and selector `0x3b7c8672`.
    ```solidity
    error PromptTooLong(uint256 length, uint256 maxLength);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PromptTooLong {
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxLength: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PromptTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: PromptTooLong) -> Self {
                (value.length, value.maxLength)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PromptTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    length: tuple.0,
                    maxLength: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PromptTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PromptTooLong(uint256,uint256)";
            const SELECTOR: [u8; 4] = [59u8, 124u8, 134u8, 114u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.length,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.maxLength,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RoyaltyOverflow()` and selector `0x350a88b3`.
    ```solidity
    error RoyaltyOverflow();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RoyaltyOverflow;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RoyaltyOverflow> for UnderlyingRustTuple<'_> {
            fn from(value: RoyaltyOverflow) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RoyaltyOverflow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RoyaltyOverflow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RoyaltyOverflow()";
            const SELECTOR: [u8; 4] = [53u8, 10u8, 136u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RoyaltyReceiverIsZeroAddress()` and selector `0xb4457eaa`.
    ```solidity
    error RoyaltyReceiverIsZeroAddress();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RoyaltyReceiverIsZeroAddress;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RoyaltyReceiverIsZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: RoyaltyReceiverIsZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RoyaltyReceiverIsZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RoyaltyReceiverIsZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RoyaltyReceiverIsZeroAddress()";
            const SELECTOR: [u8; 4] = [180u8, 69u8, 126u8, 170u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TierDisabled(uint8)` and selector `0x9c0de6e5`.
    ```solidity
    error TierDisabled(uint8 tier);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TierDisabled {
        #[allow(missing_docs)]
        pub tier: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TierDisabled> for UnderlyingRustTuple<'_> {
            fn from(value: TierDisabled) -> Self {
                (value.tier,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TierDisabled {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { tier: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TierDisabled {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TierDisabled(uint8)";
            const SELECTOR: [u8; 4] = [156u8, 13u8, 230u8, 229u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.tier,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TokenAlreadyExists()` and selector `0xc991cbb1`.
    ```solidity
    error TokenAlreadyExists();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TokenAlreadyExists;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TokenAlreadyExists> for UnderlyingRustTuple<'_> {
            fn from(value: TokenAlreadyExists) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TokenAlreadyExists {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TokenAlreadyExists {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TokenAlreadyExists()";
            const SELECTOR: [u8; 4] = [201u8, 145u8, 203u8, 177u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TokenDoesNotExist()` and selector `0xceea21b6`.
    ```solidity
    error TokenDoesNotExist();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TokenDoesNotExist;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TokenDoesNotExist> for UnderlyingRustTuple<'_> {
            fn from(value: TokenDoesNotExist) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TokenDoesNotExist {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TokenDoesNotExist {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TokenDoesNotExist()";
            const SELECTOR: [u8; 4] = [206u8, 234u8, 33u8, 182u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TokenPredatesAgent(uint256,address,uint256)` and selector `0x654ed131`.
    ```solidity
    error TokenPredatesAgent(uint256 tokenId, address agent, uint256 firstTokenId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TokenPredatesAgent {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub agent: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub firstTokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TokenPredatesAgent> for UnderlyingRustTuple<'_> {
            fn from(value: TokenPredatesAgent) -> Self {
                (value.tokenId, value.agent, value.firstTokenId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TokenPredatesAgent {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    tokenId: tuple.0,
                    agent: tuple.1,
                    firstTokenId: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TokenPredatesAgent {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TokenPredatesAgent(uint256,address,uint256)";
            const SELECTOR: [u8; 4] = [101u8, 78u8, 209u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.agent,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.firstTokenId,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TransferFailed(address,uint256)` and selector `0x1c43b976`.
    ```solidity
    error TransferFailed(address to, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TransferFailed {
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TransferFailed> for UnderlyingRustTuple<'_> {
            fn from(value: TransferFailed) -> Self {
                (value.to, value.amount)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TransferFailed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    to: tuple.0,
                    amount: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TransferFailed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TransferFailed(address,uint256)";
            const SELECTOR: [u8; 4] = [28u8, 67u8, 185u8, 118u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.amount,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TransferFromIncorrectOwner()` and selector `0xa1148100`.
    ```solidity
    error TransferFromIncorrectOwner();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TransferFromIncorrectOwner;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TransferFromIncorrectOwner> for UnderlyingRustTuple<'_> {
            fn from(value: TransferFromIncorrectOwner) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TransferFromIncorrectOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TransferFromIncorrectOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TransferFromIncorrectOwner()";
            const SELECTOR: [u8; 4] = [161u8, 20u8, 129u8, 0u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TransferToNonERC721ReceiverImplementer()` and selector `0xd1a57ed6`.
    ```solidity
    error TransferToNonERC721ReceiverImplementer();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TransferToNonERC721ReceiverImplementer;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TransferToNonERC721ReceiverImplementer> for UnderlyingRustTuple<'_> {
            fn from(value: TransferToNonERC721ReceiverImplementer) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TransferToNonERC721ReceiverImplementer {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TransferToNonERC721ReceiverImplementer {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TransferToNonERC721ReceiverImplementer()";
            const SELECTOR: [u8; 4] = [209u8, 165u8, 126u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TransferToZeroAddress()` and selector `0xea553b34`.
    ```solidity
    error TransferToZeroAddress();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TransferToZeroAddress;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TransferToZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: TransferToZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TransferToZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TransferToZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TransferToZeroAddress()";
            const SELECTOR: [u8; 4] = [234u8, 85u8, 59u8, 52u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UnexpectedEther(uint256)` and selector `0xcb470c4a`.
    ```solidity
    error UnexpectedEther(uint256 value);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnexpectedEther {
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnexpectedEther> for UnderlyingRustTuple<'_> {
            fn from(value: UnexpectedEther) -> Self {
                (value.value,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnexpectedEther {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { value: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnexpectedEther {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnexpectedEther(uint256)";
            const SELECTOR: [u8; 4] = [203u8, 71u8, 12u8, 74u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.value,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `WrongPayment(uint256,uint256)` and selector `0x0dd32d1c`.
    ```solidity
    error WrongPayment(uint256 expected, uint256 sent);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongPayment {
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub sent: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<WrongPayment> for UnderlyingRustTuple<'_> {
            fn from(value: WrongPayment) -> Self {
                (value.expected, value.sent)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongPayment {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    expected: tuple.0,
                    sent: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongPayment {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongPayment(uint256,uint256)";
            const SELECTOR: [u8; 4] = [13u8, 211u8, 45u8, 28u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.expected,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.sent,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroAddress()` and selector `0xd92e233d`.
    ```solidity
    error ZeroAddress();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAddress;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAddress()";
            const SELECTOR: [u8; 4] = [217u8, 46u8, 35u8, 61u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AgentSet(address,bool,uint256)` and selector `0x36d16dcf69c4ae17afa769d974448070cb8625f1ac0d3aa9db6ba9441f7f0e58`.
    ```solidity
    event AgentSet(address indexed agent, bool authorized, uint256 firstTokenId);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AgentSet {
        #[allow(missing_docs)]
        pub agent: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorized: bool,
        #[allow(missing_docs)]
        pub firstTokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AgentSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "AgentSet(address,bool,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    54u8, 209u8, 109u8, 207u8, 105u8, 196u8, 174u8, 23u8, 175u8, 167u8, 105u8,
                    217u8, 116u8, 68u8, 128u8, 112u8, 203u8, 134u8, 37u8, 241u8, 172u8, 13u8, 58u8,
                    169u8, 219u8, 107u8, 169u8, 68u8, 31u8, 127u8, 14u8, 88u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    agent: topics.1,
                    authorized: data.0,
                    firstTokenId: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.authorized,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.firstTokenId,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.agent.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.agent,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AgentSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AgentSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AgentSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Approval(address,address,uint256)` and selector `0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925`.
    ```solidity
    event Approval(address indexed owner, address indexed account, uint256 indexed id);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Approval {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Approval {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "Approval(address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    140u8, 91u8, 225u8, 229u8, 235u8, 236u8, 125u8, 91u8, 209u8, 79u8, 113u8, 66u8,
                    125u8, 30u8, 132u8, 243u8, 221u8, 3u8, 20u8, 192u8, 247u8, 178u8, 41u8, 30u8,
                    91u8, 32u8, 10u8, 200u8, 199u8, 195u8, 185u8, 37u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    owner: topics.1,
                    account: topics.2,
                    id: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.owner.clone(),
                    self.account.clone(),
                    self.id.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Approval {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Approval> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Approval) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ApprovalForAll(address,address,bool)` and selector `0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31`.
    ```solidity
    event ApprovalForAll(address indexed owner, address indexed operator, bool isApproved);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ApprovalForAll {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub isApproved: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ApprovalForAll {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ApprovalForAll(address,address,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    23u8, 48u8, 126u8, 171u8, 57u8, 171u8, 97u8, 7u8, 232u8, 137u8, 152u8, 69u8,
                    173u8, 61u8, 89u8, 189u8, 150u8, 83u8, 242u8, 0u8, 242u8, 32u8, 146u8, 4u8,
                    137u8, 202u8, 43u8, 89u8, 55u8, 105u8, 108u8, 49u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    owner: topics.1,
                    operator: topics.2,
                    isApproved: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.isApproved,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.owner.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ApprovalForAll {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ApprovalForAll> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ApprovalForAll) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `BatchMetadataUpdate(uint256,uint256)` and selector `0x6bd5c950a8d8df17f772f5af37cb3655737899cbf903264b9795592da439661c`.
    ```solidity
    event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct BatchMetadataUpdate {
        #[allow(missing_docs)]
        pub _fromTokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub _toTokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for BatchMetadataUpdate {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "BatchMetadataUpdate(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    107u8, 213u8, 201u8, 80u8, 168u8, 216u8, 223u8, 23u8, 247u8, 114u8, 245u8,
                    175u8, 55u8, 203u8, 54u8, 85u8, 115u8, 120u8, 153u8, 203u8, 249u8, 3u8, 38u8,
                    75u8, 151u8, 149u8, 89u8, 45u8, 164u8, 57u8, 102u8, 28u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    _fromTokenId: data.0,
                    _toTokenId: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self._fromTokenId,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self._toTokenId,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for BatchMetadataUpdate {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&BatchMetadataUpdate> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &BatchMetadataUpdate) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Claimed(address,uint256)` and selector `0xd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a`.
    ```solidity
    event Claimed(address indexed account, uint256 amount);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Claimed {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Claimed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Claimed(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    216u8, 19u8, 143u8, 138u8, 63u8, 55u8, 124u8, 82u8, 89u8, 202u8, 84u8, 142u8,
                    112u8, 228u8, 194u8, 222u8, 148u8, 241u8, 41u8, 245u8, 161u8, 16u8, 54u8,
                    161u8, 91u8, 105u8, 81u8, 60u8, 186u8, 43u8, 66u8, 106u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    account: topics.1,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.amount,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.account.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Claimed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Claimed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Claimed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ContractURIUpdated()` and selector `0xa5d4097edda6d87cb9329af83fb3712ef77eeb13738ffe43cc35a4ce305ad962`.
    ```solidity
    event ContractURIUpdated();
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ContractURIUpdated;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ContractURIUpdated {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ContractURIUpdated()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    165u8, 212u8, 9u8, 126u8, 221u8, 166u8, 216u8, 124u8, 185u8, 50u8, 154u8,
                    248u8, 63u8, 179u8, 113u8, 46u8, 247u8, 126u8, 235u8, 19u8, 115u8, 143u8,
                    254u8, 67u8, 204u8, 53u8, 164u8, 206u8, 48u8, 90u8, 217u8, 98u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ContractURIUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ContractURIUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ContractURIUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FulfilmentSkipped(uint256,uint8)` and selector `0x1752693dbc819012e39450fd854bb9f5ce6a088ea0d71fbca2a81c4fa3308653`.
    ```solidity
    event FulfilmentSkipped(uint256 indexed tokenId, IGenImNFT.Status status);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct FulfilmentSkipped {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub status: <IGenImNFT::Status as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for FulfilmentSkipped {
            type DataTuple<'a> = (IGenImNFT::Status,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "FulfilmentSkipped(uint256,uint8)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    23u8, 82u8, 105u8, 61u8, 188u8, 129u8, 144u8, 18u8, 227u8, 148u8, 80u8, 253u8,
                    133u8, 75u8, 185u8, 245u8, 206u8, 106u8, 8u8, 142u8, 160u8, 215u8, 31u8, 188u8,
                    162u8, 168u8, 28u8, 79u8, 163u8, 48u8, 134u8, 83u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    tokenId: topics.1,
                    status: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (<IGenImNFT::Status as alloy_sol_types::SolType>::tokenize(
                    &self.status,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.tokenId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.tokenId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for FulfilmentSkipped {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FulfilmentSkipped> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FulfilmentSkipped) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ImageDelivered(uint256,address,bytes32,uint256)` and selector `0x0147ed71c462a579fc1deaa84d2abcaa04808dd9b2e385d1437e2e1f89d49e4f`.
    ```solidity
    event ImageDelivered(uint256 indexed tokenId, address indexed agent, bytes32 metadataHash, uint256 paid);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ImageDelivered {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub agent: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub metadataHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub paid: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ImageDelivered {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ImageDelivered(uint256,address,bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    1u8, 71u8, 237u8, 113u8, 196u8, 98u8, 165u8, 121u8, 252u8, 29u8, 234u8, 168u8,
                    77u8, 42u8, 188u8, 170u8, 4u8, 128u8, 141u8, 217u8, 178u8, 227u8, 133u8, 209u8,
                    67u8, 126u8, 46u8, 31u8, 137u8, 212u8, 158u8, 79u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    tokenId: topics.1,
                    agent: topics.2,
                    metadataHash: data.0,
                    paid: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.metadataHash),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.paid),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.tokenId.clone(),
                    self.agent.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.tokenId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.agent,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ImageDelivered {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ImageDelivered> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ImageDelivered) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ImageRequested(uint256,address,uint8,uint256,uint64,string)` and selector `0xacc124ff3d39079d3d888d8bf3b0fe0a70ed949f352460ae5d43b6f723a7fd24`.
    ```solidity
    event ImageRequested(uint256 indexed tokenId, address indexed requester, uint8 indexed tier, uint256 paid, uint64 deadline, string prompt);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ImageRequested {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub requester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tier: u8,
        #[allow(missing_docs)]
        pub paid: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: u64,
        #[allow(missing_docs)]
        pub prompt: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ImageRequested {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
            );
            const SIGNATURE: &'static str =
                "ImageRequested(uint256,address,uint8,uint256,uint64,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    172u8, 193u8, 36u8, 255u8, 61u8, 57u8, 7u8, 157u8, 61u8, 136u8, 141u8, 139u8,
                    243u8, 176u8, 254u8, 10u8, 112u8, 237u8, 148u8, 159u8, 53u8, 36u8, 96u8, 174u8,
                    93u8, 67u8, 182u8, 247u8, 35u8, 167u8, 253u8, 36u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    tokenId: topics.1,
                    requester: topics.2,
                    tier: topics.3,
                    paid: data.0,
                    deadline: data.1,
                    prompt: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.paid,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.deadline,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.prompt,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.tokenId.clone(),
                    self.requester.clone(),
                    self.tier.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.tokenId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.requester,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.tier);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ImageRequested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ImageRequested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ImageRequested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `MetadataBaseURISet(string)` and selector `0x7e0ac5d538a393526c366571cb91abc7c22f4176cdde90749df3a28a3950c0d7`.
    ```solidity
    event MetadataBaseURISet(string baseURI);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct MetadataBaseURISet {
        #[allow(missing_docs)]
        pub baseURI: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for MetadataBaseURISet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::String,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "MetadataBaseURISet(string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    126u8, 10u8, 197u8, 213u8, 56u8, 163u8, 147u8, 82u8, 108u8, 54u8, 101u8, 113u8,
                    203u8, 145u8, 171u8, 199u8, 194u8, 47u8, 65u8, 118u8, 205u8, 222u8, 144u8,
                    116u8, 157u8, 243u8, 162u8, 138u8, 57u8, 80u8, 192u8, 215u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { baseURI: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.baseURI,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for MetadataBaseURISet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&MetadataBaseURISet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &MetadataBaseURISet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `MetadataUpdate(uint256)` and selector `0xf8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce7`.
    ```solidity
    event MetadataUpdate(uint256 _tokenId);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct MetadataUpdate {
        #[allow(missing_docs)]
        pub _tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for MetadataUpdate {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "MetadataUpdate(uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    248u8, 225u8, 161u8, 90u8, 186u8, 147u8, 152u8, 224u8, 25u8, 240u8, 180u8,
                    157u8, 241u8, 164u8, 253u8, 233u8, 142u8, 225u8, 122u8, 227u8, 69u8, 203u8,
                    95u8, 107u8, 94u8, 44u8, 39u8, 245u8, 3u8, 62u8, 140u8, 231u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { _tokenId: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self._tokenId,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for MetadataUpdate {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&MetadataUpdate> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &MetadataUpdate) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnershipTransferStarted(address,address)` and selector `0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700`.
    ```solidity
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnershipTransferStarted {
        #[allow(missing_docs)]
        pub previousOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OwnershipTransferStarted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnershipTransferStarted(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    56u8, 209u8, 107u8, 140u8, 172u8, 34u8, 217u8, 159u8, 199u8, 193u8, 36u8,
                    185u8, 205u8, 13u8, 226u8, 211u8, 250u8, 31u8, 174u8, 244u8, 32u8, 191u8,
                    231u8, 145u8, 216u8, 195u8, 98u8, 215u8, 101u8, 226u8, 39u8, 0u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousOwner: topics.1,
                    newOwner: topics.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.previousOwner.clone(),
                    self.newOwner.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.previousOwner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newOwner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnershipTransferStarted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnershipTransferStarted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OwnershipTransferStarted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnershipTransferred(address,address)` and selector `0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0`.
    ```solidity
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnershipTransferred {
        #[allow(missing_docs)]
        pub previousOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OwnershipTransferred {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnershipTransferred(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8, 31u8,
                    208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8, 218u8,
                    175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousOwner: topics.1,
                    newOwner: topics.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.previousOwner.clone(),
                    self.newOwner.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.previousOwner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newOwner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnershipTransferred {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnershipTransferred> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OwnershipTransferred) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Paused(address)` and selector `0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258`.
    ```solidity
    event Paused(address account);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Paused {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Paused {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "Paused(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    98u8, 231u8, 140u8, 234u8, 1u8, 190u8, 227u8, 32u8, 205u8, 78u8, 66u8, 2u8,
                    112u8, 181u8, 234u8, 116u8, 0u8, 13u8, 17u8, 176u8, 201u8, 247u8, 71u8, 84u8,
                    235u8, 219u8, 252u8, 84u8, 75u8, 5u8, 162u8, 88u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { account: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Paused {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Paused> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Paused) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PaymentCredited(address,uint256)` and selector `0xbf377c684817c24483856b59fef97f3394a5556f5e6e25b2d922e951f4944d2b`.
    ```solidity
    event PaymentCredited(address indexed account, uint256 amount);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct PaymentCredited {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PaymentCredited {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PaymentCredited(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    191u8, 55u8, 124u8, 104u8, 72u8, 23u8, 194u8, 68u8, 131u8, 133u8, 107u8, 89u8,
                    254u8, 249u8, 127u8, 51u8, 148u8, 165u8, 85u8, 111u8, 94u8, 110u8, 37u8, 178u8,
                    217u8, 34u8, 233u8, 81u8, 244u8, 148u8, 77u8, 43u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    account: topics.1,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.amount,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.account.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PaymentCredited {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PaymentCredited> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PaymentCredited) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PlaceholderImageSet(string)` and selector `0x2209b31ad80f3ed1baf76c9962cbef9586e012e839d26991fd8798a55bea5075`.
    ```solidity
    event PlaceholderImageSet(string image);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct PlaceholderImageSet {
        #[allow(missing_docs)]
        pub image: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PlaceholderImageSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::String,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "PlaceholderImageSet(string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    34u8, 9u8, 179u8, 26u8, 216u8, 15u8, 62u8, 209u8, 186u8, 247u8, 108u8, 153u8,
                    98u8, 203u8, 239u8, 149u8, 134u8, 224u8, 18u8, 232u8, 57u8, 210u8, 105u8,
                    145u8, 253u8, 135u8, 152u8, 165u8, 91u8, 234u8, 80u8, 117u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { image: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.image,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PlaceholderImageSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PlaceholderImageSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PlaceholderImageSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Refunded(uint256,address,uint256)` and selector `0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4`.
    ```solidity
    event Refunded(uint256 indexed tokenId, address indexed holder, uint256 amount);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Refunded {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub holder: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Refunded {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Refunded(uint256,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    124u8, 165u8, 71u8, 43u8, 126u8, 167u8, 140u8, 44u8, 1u8, 65u8, 197u8, 161u8,
                    46u8, 230u8, 209u8, 112u8, 207u8, 76u8, 232u8, 237u8, 6u8, 190u8, 61u8, 34u8,
                    200u8, 37u8, 45u8, 223u8, 199u8, 166u8, 162u8, 196u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    tokenId: topics.1,
                    holder: topics.2,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.amount,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.tokenId.clone(),
                    self.holder.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.tokenId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.holder,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Refunded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Refunded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Refunded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SurplusWithdrawn(address,uint256)` and selector `0xb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd1`.
    ```solidity
    event SurplusWithdrawn(address indexed to, uint256 amount);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SurplusWithdrawn {
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SurplusWithdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SurplusWithdrawn(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    185u8, 69u8, 40u8, 171u8, 109u8, 194u8, 193u8, 87u8, 67u8, 164u8, 123u8, 147u8,
                    49u8, 21u8, 179u8, 49u8, 183u8, 190u8, 174u8, 120u8, 113u8, 38u8, 119u8, 241u8,
                    227u8, 69u8, 169u8, 241u8, 174u8, 132u8, 187u8, 209u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    to: topics.1,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.amount,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.to.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.to,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SurplusWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SurplusWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SurplusWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TierSet(uint8,uint256,uint32)` and selector `0x5f0a47ef6ff1fdf52894dcf806bd4247a09fdfb3fa85499f2a1966ef34135ab9`.
    ```solidity
    event TierSet(uint8 indexed tier, uint256 price, uint32 window);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct TierSet {
        #[allow(missing_docs)]
        pub tier: u8,
        #[allow(missing_docs)]
        pub price: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub window: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TierSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            const SIGNATURE: &'static str = "TierSet(uint8,uint256,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    95u8, 10u8, 71u8, 239u8, 111u8, 241u8, 253u8, 245u8, 40u8, 148u8, 220u8, 248u8,
                    6u8, 189u8, 66u8, 71u8, 160u8, 159u8, 223u8, 179u8, 250u8, 133u8, 73u8, 159u8,
                    42u8, 25u8, 102u8, 239u8, 52u8, 19u8, 90u8, 185u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    tier: topics.1,
                    price: data.0,
                    window: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.price,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.window,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.tier.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.tier);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TierSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TierSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TierSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Transfer(address,address,uint256)` and selector `0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef`.
    ```solidity
    event Transfer(address indexed from, address indexed to, uint256 indexed id);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Transfer {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Transfer {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "Transfer(address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    221u8, 242u8, 82u8, 173u8, 27u8, 226u8, 200u8, 155u8, 105u8, 194u8, 176u8,
                    104u8, 252u8, 55u8, 141u8, 170u8, 149u8, 43u8, 167u8, 241u8, 99u8, 196u8,
                    161u8, 22u8, 40u8, 245u8, 90u8, 77u8, 245u8, 35u8, 179u8, 239u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    from: topics.1,
                    to: topics.2,
                    id: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.from.clone(),
                    self.to.clone(),
                    self.id.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.from,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.to,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Transfer {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Transfer> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Transfer) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Unpaused(address)` and selector `0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa`.
    ```solidity
    event Unpaused(address account);
    ```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Unpaused {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Unpaused {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "Unpaused(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    93u8, 185u8, 238u8, 10u8, 73u8, 91u8, 242u8, 230u8, 255u8, 156u8, 145u8, 167u8,
                    131u8, 76u8, 27u8, 164u8, 253u8, 210u8, 68u8, 165u8, 232u8, 170u8, 78u8, 83u8,
                    123u8, 211u8, 138u8, 234u8, 228u8, 176u8, 115u8, 170u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { account: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Unpaused {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Unpaused> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Unpaused) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
    ```solidity
    constructor(address initialOwner);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub initialOwner: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.initialOwner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        initialOwner: tuple.0,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.initialOwner,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_PRICE()` and selector `0x01c11d96`.
    ```solidity
    function MAX_PRICE() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PRICECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_PRICE()`](MAX_PRICECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PRICEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_PRICECall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PRICECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_PRICECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_PRICEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PRICEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_PRICEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_PRICECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_PRICE()";
            const SELECTOR: [u8; 4] = [1u8, 193u8, 29u8, 150u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: MAX_PRICEReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: MAX_PRICEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_PROMPT_BYTES()` and selector `0x6bc8470e`.
    ```solidity
    function MAX_PROMPT_BYTES() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PROMPT_BYTESCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_PROMPT_BYTES()`](MAX_PROMPT_BYTESCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PROMPT_BYTESReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_PROMPT_BYTESCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PROMPT_BYTESCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_PROMPT_BYTESCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_PROMPT_BYTESReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PROMPT_BYTESReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_PROMPT_BYTESReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_PROMPT_BYTESCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_PROMPT_BYTES()";
            const SELECTOR: [u8; 4] = [107u8, 200u8, 71u8, 14u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: MAX_PROMPT_BYTESReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: MAX_PROMPT_BYTESReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_WINDOW()` and selector `0xdeb96634`.
    ```solidity
    function MAX_WINDOW() external view returns (uint32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_WINDOWCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_WINDOW()`](MAX_WINDOWCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_WINDOWReturn {
        #[allow(missing_docs)]
        pub _0: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_WINDOWCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_WINDOWCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_WINDOWCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_WINDOWReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_WINDOWReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_WINDOWReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_WINDOWCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_WINDOW()";
            const SELECTOR: [u8; 4] = [222u8, 185u8, 102u8, 52u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: MAX_WINDOWReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: MAX_WINDOWReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `acceptOwnership()` and selector `0x79ba5097`.
    ```solidity
    function acceptOwnership() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptOwnershipCall;
    ///Container type for the return parameters of the [`acceptOwnership()`](acceptOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptOwnershipReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<acceptOwnershipCall> for UnderlyingRustTuple<'_> {
                fn from(value: acceptOwnershipCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<acceptOwnershipReturn> for UnderlyingRustTuple<'_> {
                fn from(value: acceptOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl acceptOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <acceptOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for acceptOwnershipCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = acceptOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "acceptOwnership()";
            const SELECTOR: [u8; 4] = [121u8, 186u8, 80u8, 151u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                acceptOwnershipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `agentFirstTokenId(address)` and selector `0x0afe71bd`.
    ```solidity
    function agentFirstTokenId(address account) external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct agentFirstTokenIdCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`agentFirstTokenId(address)`](agentFirstTokenIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct agentFirstTokenIdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<agentFirstTokenIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: agentFirstTokenIdCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for agentFirstTokenIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<agentFirstTokenIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: agentFirstTokenIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for agentFirstTokenIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for agentFirstTokenIdCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "agentFirstTokenId(address)";
            const SELECTOR: [u8; 4] = [10u8, 254u8, 113u8, 189u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: agentFirstTokenIdReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: agentFirstTokenIdReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `approve(address,uint256)` and selector `0x095ea7b3`.
    ```solidity
    function approve(address account, uint256 id) external payable;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`approve(address,uint256)`](approveCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<approveCall> for UnderlyingRustTuple<'_> {
                fn from(value: approveCall) -> Self {
                    (value.account, value.id)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for approveCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        account: tuple.0,
                        id: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<approveReturn> for UnderlyingRustTuple<'_> {
                fn from(value: approveReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for approveReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl approveReturn {
            fn _tokenize(&self) -> <approveCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for approveCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = approveReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "approve(address,uint256)";
            const SELECTOR: [u8; 4] = [9u8, 94u8, 167u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.id,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                approveReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `balanceOf(address)` and selector `0x70a08231`.
    ```solidity
    function balanceOf(address owner) external view returns (uint256 result);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct balanceOfCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`balanceOf(address)`](balanceOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct balanceOfReturn {
        #[allow(missing_docs)]
        pub result: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<balanceOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: balanceOfCall) -> Self {
                    (value.owner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for balanceOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { owner: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<balanceOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: balanceOfReturn) -> Self {
                    (value.result,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for balanceOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { result: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for balanceOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "balanceOf(address)";
            const SELECTOR: [u8; 4] = [112u8, 160u8, 130u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: balanceOfReturn = r.into();
                        r.result
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: balanceOfReturn = r.into();
                    r.result
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claim()` and selector `0x4e71d92d`.
    ```solidity
    function claim() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimCall;
    ///Container type for the return parameters of the [`claim()`](claimCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimCall> for UnderlyingRustTuple<'_> {
                fn from(value: claimCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimReturn> for UnderlyingRustTuple<'_> {
                fn from(value: claimReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl claimReturn {
            fn _tokenize(&self) -> <claimCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = claimReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claim()";
            const SELECTOR: [u8; 4] = [78u8, 113u8, 217u8, 45u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                claimReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `contractURI()` and selector `0xe8a3d485`.
    ```solidity
    function contractURI() external view returns (string memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct contractURICall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`contractURI()`](contractURICall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct contractURIReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<contractURICall> for UnderlyingRustTuple<'_> {
                fn from(value: contractURICall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for contractURICall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<contractURIReturn> for UnderlyingRustTuple<'_> {
                fn from(value: contractURIReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for contractURIReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for contractURICall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "contractURI()";
            const SELECTOR: [u8; 4] = [232u8, 163u8, 212u8, 133u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: contractURIReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: contractURIReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `credits(address)` and selector `0xfe5ff468`.
    ```solidity
    function credits(address account) external view returns (uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct creditsCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`credits(address)`](creditsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct creditsReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<creditsCall> for UnderlyingRustTuple<'_> {
                fn from(value: creditsCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for creditsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<creditsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: creditsReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for creditsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for creditsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "credits(address)";
            const SELECTOR: [u8; 4] = [254u8, 95u8, 244u8, 104u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: creditsReturn = r.into();
                        r.amount
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: creditsReturn = r.into();
                    r.amount
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `fulfil(uint256,bytes32)` and selector `0x04e81bc3`.
    ```solidity
    function fulfil(uint256 tokenId, bytes32 metadataHash) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fulfilCall {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub metadataHash: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`fulfil(uint256,bytes32)`](fulfilCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fulfilReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<fulfilCall> for UnderlyingRustTuple<'_> {
                fn from(value: fulfilCall) -> Self {
                    (value.tokenId, value.metadataHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fulfilCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        tokenId: tuple.0,
                        metadataHash: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<fulfilReturn> for UnderlyingRustTuple<'_> {
                fn from(value: fulfilReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fulfilReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl fulfilReturn {
            fn _tokenize(&self) -> <fulfilCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for fulfilCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = fulfilReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "fulfil(uint256,bytes32)";
            const SELECTOR: [u8; 4] = [4u8, 232u8, 27u8, 195u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenId),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.metadataHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                fulfilReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `fulfilBatch(uint256[],bytes32[])` and selector `0x5c1a109b`.
    ```solidity
    function fulfilBatch(uint256[] memory tokenIds, bytes32[] memory metadataHashes) external returns (uint256 delivered);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fulfilBatchCall {
        #[allow(missing_docs)]
        pub tokenIds:
            alloy::sol_types::private::Vec<alloy::sol_types::private::primitives::aliases::U256>,
        #[allow(missing_docs)]
        pub metadataHashes:
            alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`fulfilBatch(uint256[],bytes32[])`](fulfilBatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fulfilBatchReturn {
        #[allow(missing_docs)]
        pub delivered: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<fulfilBatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: fulfilBatchCall) -> Self {
                    (value.tokenIds, value.metadataHashes)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fulfilBatchCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        tokenIds: tuple.0,
                        metadataHashes: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<fulfilBatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: fulfilBatchReturn) -> Self {
                    (value.delivered,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fulfilBatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { delivered: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for fulfilBatchCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "fulfilBatch(uint256[],bytes32[])";
            const SELECTOR: [u8; 4] = [92u8, 26u8, 16u8, 155u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenIds),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.metadataHashes),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: fulfilBatchReturn = r.into();
                        r.delivered
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: fulfilBatchReturn = r.into();
                    r.delivered
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getApproved(uint256)` and selector `0x081812fc`.
    ```solidity
    function getApproved(uint256 id) external view returns (address result);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getApprovedCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getApproved(uint256)`](getApprovedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getApprovedReturn {
        #[allow(missing_docs)]
        pub result: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getApprovedCall> for UnderlyingRustTuple<'_> {
                fn from(value: getApprovedCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getApprovedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getApprovedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getApprovedReturn) -> Self {
                    (value.result,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getApprovedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { result: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getApprovedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getApproved(uint256)";
            const SELECTOR: [u8; 4] = [8u8, 24u8, 18u8, 252u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.id,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: getApprovedReturn = r.into();
                        r.result
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: getApprovedReturn = r.into();
                    r.result
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isAgent(address)` and selector `0x1ffbb064`.
    ```solidity
    function isAgent(address account) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isAgentCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isAgent(address)`](isAgentCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isAgentReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isAgentCall> for UnderlyingRustTuple<'_> {
                fn from(value: isAgentCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isAgentCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isAgentReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isAgentReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isAgentReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isAgentCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isAgent(address)";
            const SELECTOR: [u8; 4] = [31u8, 251u8, 176u8, 100u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: isAgentReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: isAgentReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isApprovedForAll(address,address)` and selector `0xe985e9c5`.
    ```solidity
    function isApprovedForAll(address owner, address operator) external view returns (bool result);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isApprovedForAllCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isApprovedForAll(address,address)`](isApprovedForAllCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isApprovedForAllReturn {
        #[allow(missing_docs)]
        pub result: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isApprovedForAllCall> for UnderlyingRustTuple<'_> {
                fn from(value: isApprovedForAllCall) -> Self {
                    (value.owner, value.operator)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isApprovedForAllCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        owner: tuple.0,
                        operator: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isApprovedForAllReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isApprovedForAllReturn) -> Self {
                    (value.result,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isApprovedForAllReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { result: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isApprovedForAllCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isApprovedForAll(address,address)";
            const SELECTOR: [u8; 4] = [233u8, 133u8, 233u8, 197u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: isApprovedForAllReturn = r.into();
                        r.result
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: isApprovedForAllReturn = r.into();
                    r.result
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `metadataBaseURI()` and selector `0x9f3d1a2a`.
    ```solidity
    function metadataBaseURI() external view returns (string memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct metadataBaseURICall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`metadataBaseURI()`](metadataBaseURICall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct metadataBaseURIReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<metadataBaseURICall> for UnderlyingRustTuple<'_> {
                fn from(value: metadataBaseURICall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for metadataBaseURICall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<metadataBaseURIReturn> for UnderlyingRustTuple<'_> {
                fn from(value: metadataBaseURIReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for metadataBaseURIReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for metadataBaseURICall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "metadataBaseURI()";
            const SELECTOR: [u8; 4] = [159u8, 61u8, 26u8, 42u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: metadataBaseURIReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: metadataBaseURIReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `mint(string,uint8)` and selector `0xf3006c87`.
    ```solidity
    function mint(string memory prompt, uint8 tier) external payable returns (uint256 tokenId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct mintCall {
        #[allow(missing_docs)]
        pub prompt: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub tier: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`mint(string,uint8)`](mintCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct mintReturn {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String, u8);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<mintCall> for UnderlyingRustTuple<'_> {
                fn from(value: mintCall) -> Self {
                    (value.prompt, value.tier)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for mintCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        prompt: tuple.0,
                        tier: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<mintReturn> for UnderlyingRustTuple<'_> {
                fn from(value: mintReturn) -> Self {
                    (value.tokenId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for mintReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tokenId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for mintCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "mint(string,uint8)";
            const SELECTOR: [u8; 4] = [243u8, 0u8, 108u8, 135u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.prompt,
                    ),
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.tier,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: mintReturn = r.into();
                        r.tokenId
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: mintReturn = r.into();
                    r.tokenId
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `name()` and selector `0x06fdde03`.
    ```solidity
    function name() external pure returns (string memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nameCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`name()`](nameCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nameReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nameCall> for UnderlyingRustTuple<'_> {
                fn from(value: nameCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nameCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nameReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nameReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nameReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nameCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "name()";
            const SELECTOR: [u8; 4] = [6u8, 253u8, 222u8, 3u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: nameReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: nameReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `owner()` and selector `0x8da5cb5b`.
    ```solidity
    function owner() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`owner()`](ownerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerCall> for UnderlyingRustTuple<'_> {
                fn from(value: ownerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ownerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ownerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "owner()";
            const SELECTOR: [u8; 4] = [141u8, 165u8, 203u8, 91u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: ownerReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: ownerReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ownerOf(uint256)` and selector `0x6352211e`.
    ```solidity
    function ownerOf(uint256 id) external view returns (address result);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerOfCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ownerOf(uint256)`](ownerOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerOfReturn {
        #[allow(missing_docs)]
        pub result: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: ownerOfCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ownerOfReturn) -> Self {
                    (value.result,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { result: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ownerOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ownerOf(uint256)";
            const SELECTOR: [u8; 4] = [99u8, 82u8, 33u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.id,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: ownerOfReturn = r.into();
                        r.result
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: ownerOfReturn = r.into();
                    r.result
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pause()` and selector `0x8456cb59`.
    ```solidity
    function pause() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pauseCall;
    ///Container type for the return parameters of the [`pause()`](pauseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pauseReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pauseCall> for UnderlyingRustTuple<'_> {
                fn from(value: pauseCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pauseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pauseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pauseReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pauseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl pauseReturn {
            fn _tokenize(&self) -> <pauseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pauseCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = pauseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pause()";
            const SELECTOR: [u8; 4] = [132u8, 86u8, 203u8, 89u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                pauseReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `paused()` and selector `0x5c975abb`.
    ```solidity
    function paused() external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pausedCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`paused()`](pausedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pausedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pausedCall> for UnderlyingRustTuple<'_> {
                fn from(value: pausedCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pausedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pausedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pausedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pausedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pausedCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "paused()";
            const SELECTOR: [u8; 4] = [92u8, 151u8, 90u8, 187u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: pausedReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: pausedReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pendingEscrow()` and selector `0x3cb597aa`.
    ```solidity
    function pendingEscrow() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingEscrowCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingEscrow()`](pendingEscrowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingEscrowReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingEscrowCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingEscrowCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingEscrowCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingEscrowReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingEscrowReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingEscrowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingEscrowCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingEscrow()";
            const SELECTOR: [u8; 4] = [60u8, 181u8, 151u8, 170u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: pendingEscrowReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: pendingEscrowReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pendingOwner()` and selector `0xe30c3978`.
    ```solidity
    function pendingOwner() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingOwnerCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingOwner()`](pendingOwnerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingOwnerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingOwnerCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingOwnerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingOwnerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingOwnerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingOwnerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingOwnerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingOwnerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingOwner()";
            const SELECTOR: [u8; 4] = [227u8, 12u8, 57u8, 120u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: pendingOwnerReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: pendingOwnerReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `placeholderImage()` and selector `0x448d8c5c`.
    ```solidity
    function placeholderImage() external view returns (string memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct placeholderImageCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`placeholderImage()`](placeholderImageCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct placeholderImageReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<placeholderImageCall> for UnderlyingRustTuple<'_> {
                fn from(value: placeholderImageCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for placeholderImageCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<placeholderImageReturn> for UnderlyingRustTuple<'_> {
                fn from(value: placeholderImageReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for placeholderImageReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for placeholderImageCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "placeholderImage()";
            const SELECTOR: [u8; 4] = [68u8, 141u8, 140u8, 92u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: placeholderImageReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: placeholderImageReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `refund(uint256)` and selector `0x278ecde1`.
    ```solidity
    function refund(uint256 tokenId) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct refundCall {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`refund(uint256)`](refundCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct refundReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<refundCall> for UnderlyingRustTuple<'_> {
                fn from(value: refundCall) -> Self {
                    (value.tokenId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for refundCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tokenId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<refundReturn> for UnderlyingRustTuple<'_> {
                fn from(value: refundReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for refundReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl refundReturn {
            fn _tokenize(&self) -> <refundCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for refundCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = refundReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "refund(uint256)";
            const SELECTOR: [u8; 4] = [39u8, 142u8, 205u8, 225u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenId,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                refundReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceOwnership()` and selector `0x715018a6`.
    ```solidity
    function renounceOwnership() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipCall;
    ///Container type for the return parameters of the [`renounceOwnership()`](renounceOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceOwnershipCall> for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceOwnershipReturn> for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <renounceOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceOwnershipCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceOwnership()";
            const SELECTOR: [u8; 4] = [113u8, 80u8, 24u8, 166u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceOwnershipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `request(uint256)` and selector `0xd845a4b3`.
    ```solidity
    function request(uint256 tokenId) external view returns (IGenImNFT.Request memory r);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestCall {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    ///Container type for the return parameters of the [`request(uint256)`](requestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestReturn {
        #[allow(missing_docs)]
        pub r: <IGenImNFT::Request as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestCall) -> Self {
                    (value.tokenId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tokenId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IGenImNFT::Request,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IGenImNFT::Request as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestReturn) -> Self {
                    (value.r,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { r: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IGenImNFT::Request as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IGenImNFT::Request,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "request(uint256)";
            const SELECTOR: [u8; 4] = [216u8, 69u8, 164u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenId,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IGenImNFT::Request as alloy_sol_types::SolType>::tokenize(
                    ret,
                ),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: requestReturn = r.into();
                        r.r
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: requestReturn = r.into();
                    r.r
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `royaltyInfo(uint256,uint256)` and selector `0x2a55205a`.
    ```solidity
    function royaltyInfo(uint256 tokenId, uint256 salePrice) external view returns (address receiver, uint256 royaltyAmount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct royaltyInfoCall {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub salePrice: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`royaltyInfo(uint256,uint256)`](royaltyInfoCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct royaltyInfoReturn {
        #[allow(missing_docs)]
        pub receiver: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub royaltyAmount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<royaltyInfoCall> for UnderlyingRustTuple<'_> {
                fn from(value: royaltyInfoCall) -> Self {
                    (value.tokenId, value.salePrice)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for royaltyInfoCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        tokenId: tuple.0,
                        salePrice: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<royaltyInfoReturn> for UnderlyingRustTuple<'_> {
                fn from(value: royaltyInfoReturn) -> Self {
                    (value.receiver, value.royaltyAmount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for royaltyInfoReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        receiver: tuple.0,
                        royaltyAmount: tuple.1,
                    }
                }
            }
        }
        impl royaltyInfoReturn {
            fn _tokenize(&self) -> <royaltyInfoCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.receiver,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.royaltyAmount,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for royaltyInfoCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = royaltyInfoReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "royaltyInfo(uint256,uint256)";
            const SELECTOR: [u8; 4] = [42u8, 85u8, 32u8, 90u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenId,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.salePrice,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                royaltyInfoReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `safeTransferFrom(address,address,uint256)` and selector `0x42842e0e`.
    ```solidity
    function safeTransferFrom(address from, address to, uint256 id) external payable;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct safeTransferFrom_0Call {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`safeTransferFrom(address,address,uint256)`](safeTransferFrom_0Call) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct safeTransferFrom_0Return {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<safeTransferFrom_0Call> for UnderlyingRustTuple<'_> {
                fn from(value: safeTransferFrom_0Call) -> Self {
                    (value.from, value.to, value.id)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for safeTransferFrom_0Call {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        from: tuple.0,
                        to: tuple.1,
                        id: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<safeTransferFrom_0Return> for UnderlyingRustTuple<'_> {
                fn from(value: safeTransferFrom_0Return) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for safeTransferFrom_0Return {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl safeTransferFrom_0Return {
            fn _tokenize(
                &self,
            ) -> <safeTransferFrom_0Call as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for safeTransferFrom_0Call {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = safeTransferFrom_0Return;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "safeTransferFrom(address,address,uint256)";
            const SELECTOR: [u8; 4] = [66u8, 132u8, 46u8, 14u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.from,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.id,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                safeTransferFrom_0Return::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `safeTransferFrom(address,address,uint256,bytes)` and selector `0xb88d4fde`.
    ```solidity
    function safeTransferFrom(address from, address to, uint256 id, bytes memory data) external payable;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct safeTransferFrom_1Call {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`safeTransferFrom(address,address,uint256,bytes)`](safeTransferFrom_1Call) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct safeTransferFrom_1Return {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<safeTransferFrom_1Call> for UnderlyingRustTuple<'_> {
                fn from(value: safeTransferFrom_1Call) -> Self {
                    (value.from, value.to, value.id, value.data)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for safeTransferFrom_1Call {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        from: tuple.0,
                        to: tuple.1,
                        id: tuple.2,
                        data: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<safeTransferFrom_1Return> for UnderlyingRustTuple<'_> {
                fn from(value: safeTransferFrom_1Return) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for safeTransferFrom_1Return {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl safeTransferFrom_1Return {
            fn _tokenize(
                &self,
            ) -> <safeTransferFrom_1Call as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for safeTransferFrom_1Call {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = safeTransferFrom_1Return;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "safeTransferFrom(address,address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [184u8, 141u8, 79u8, 222u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.from,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.id,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.data,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                safeTransferFrom_1Return::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setAgent(address,bool)` and selector `0x97d8c676`.
    ```solidity
    function setAgent(address agent, bool authorized) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setAgentCall {
        #[allow(missing_docs)]
        pub agent: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorized: bool,
    }
    ///Container type for the return parameters of the [`setAgent(address,bool)`](setAgentCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setAgentReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, bool);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setAgentCall> for UnderlyingRustTuple<'_> {
                fn from(value: setAgentCall) -> Self {
                    (value.agent, value.authorized)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setAgentCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        agent: tuple.0,
                        authorized: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setAgentReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setAgentReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setAgentReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setAgentReturn {
            fn _tokenize(&self) -> <setAgentCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setAgentCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setAgentReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setAgent(address,bool)";
            const SELECTOR: [u8; 4] = [151u8, 216u8, 198u8, 118u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.agent,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.authorized,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setAgentReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setApprovalForAll(address,bool)` and selector `0xa22cb465`.
    ```solidity
    function setApprovalForAll(address operator, bool isApproved) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setApprovalForAllCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub isApproved: bool,
    }
    ///Container type for the return parameters of the [`setApprovalForAll(address,bool)`](setApprovalForAllCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setApprovalForAllReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, bool);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setApprovalForAllCall> for UnderlyingRustTuple<'_> {
                fn from(value: setApprovalForAllCall) -> Self {
                    (value.operator, value.isApproved)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setApprovalForAllCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        isApproved: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setApprovalForAllReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setApprovalForAllReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setApprovalForAllReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setApprovalForAllReturn {
            fn _tokenize(
                &self,
            ) -> <setApprovalForAllCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setApprovalForAllCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setApprovalForAllReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setApprovalForAll(address,bool)";
            const SELECTOR: [u8; 4] = [162u8, 44u8, 180u8, 101u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.isApproved,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setApprovalForAllReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setContractURI(string)` and selector `0x938e3d7b`.
    ```solidity
    function setContractURI(string memory uri) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setContractURICall {
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
    }
    ///Container type for the return parameters of the [`setContractURI(string)`](setContractURICall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setContractURIReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setContractURICall> for UnderlyingRustTuple<'_> {
                fn from(value: setContractURICall) -> Self {
                    (value.uri,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setContractURICall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uri: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setContractURIReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setContractURIReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setContractURIReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setContractURIReturn {
            fn _tokenize(
                &self,
            ) -> <setContractURICall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setContractURICall {
            type Parameters<'a> = (alloy::sol_types::sol_data::String,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setContractURIReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setContractURI(string)";
            const SELECTOR: [u8; 4] = [147u8, 142u8, 61u8, 123u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setContractURIReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setDefaultRoyalty(address,uint96)` and selector `0x04634d8d`.
    ```solidity
    function setDefaultRoyalty(address receiver, uint96 feeBps) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setDefaultRoyaltyCall {
        #[allow(missing_docs)]
        pub receiver: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub feeBps: alloy::sol_types::private::primitives::aliases::U96,
    }
    ///Container type for the return parameters of the [`setDefaultRoyalty(address,uint96)`](setDefaultRoyaltyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setDefaultRoyaltyReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<96>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U96,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setDefaultRoyaltyCall> for UnderlyingRustTuple<'_> {
                fn from(value: setDefaultRoyaltyCall) -> Self {
                    (value.receiver, value.feeBps)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setDefaultRoyaltyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        receiver: tuple.0,
                        feeBps: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setDefaultRoyaltyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setDefaultRoyaltyReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setDefaultRoyaltyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setDefaultRoyaltyReturn {
            fn _tokenize(
                &self,
            ) -> <setDefaultRoyaltyCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setDefaultRoyaltyCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<96>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setDefaultRoyaltyReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setDefaultRoyalty(address,uint96)";
            const SELECTOR: [u8; 4] = [4u8, 99u8, 77u8, 141u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.receiver,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.feeBps,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setDefaultRoyaltyReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setMetadataBaseURI(string)` and selector `0xfb94bd8a`.
    ```solidity
    function setMetadataBaseURI(string memory baseURI) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMetadataBaseURICall {
        #[allow(missing_docs)]
        pub baseURI: alloy::sol_types::private::String,
    }
    ///Container type for the return parameters of the [`setMetadataBaseURI(string)`](setMetadataBaseURICall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMetadataBaseURIReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMetadataBaseURICall> for UnderlyingRustTuple<'_> {
                fn from(value: setMetadataBaseURICall) -> Self {
                    (value.baseURI,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setMetadataBaseURICall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { baseURI: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMetadataBaseURIReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setMetadataBaseURIReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setMetadataBaseURIReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setMetadataBaseURIReturn {
            fn _tokenize(
                &self,
            ) -> <setMetadataBaseURICall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setMetadataBaseURICall {
            type Parameters<'a> = (alloy::sol_types::sol_data::String,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setMetadataBaseURIReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setMetadataBaseURI(string)";
            const SELECTOR: [u8; 4] = [251u8, 148u8, 189u8, 138u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.baseURI,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setMetadataBaseURIReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setPlaceholderImage(string)` and selector `0xb75f1aef`.
    ```solidity
    function setPlaceholderImage(string memory image) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPlaceholderImageCall {
        #[allow(missing_docs)]
        pub image: alloy::sol_types::private::String,
    }
    ///Container type for the return parameters of the [`setPlaceholderImage(string)`](setPlaceholderImageCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPlaceholderImageReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setPlaceholderImageCall> for UnderlyingRustTuple<'_> {
                fn from(value: setPlaceholderImageCall) -> Self {
                    (value.image,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPlaceholderImageCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { image: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setPlaceholderImageReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setPlaceholderImageReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPlaceholderImageReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setPlaceholderImageReturn {
            fn _tokenize(
                &self,
            ) -> <setPlaceholderImageCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setPlaceholderImageCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::String,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setPlaceholderImageReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setPlaceholderImage(string)";
            const SELECTOR: [u8; 4] = [183u8, 95u8, 26u8, 239u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.image,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setPlaceholderImageReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setTier(uint8,uint256,uint32)` and selector `0x458030c0`.
    ```solidity
    function setTier(uint8 tier, uint256 price, uint32 window) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTierCall {
        #[allow(missing_docs)]
        pub tier: u8,
        #[allow(missing_docs)]
        pub price: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub window: u32,
    }
    ///Container type for the return parameters of the [`setTier(uint8,uint256,uint32)`](setTierCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTierReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u8,
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setTierCall> for UnderlyingRustTuple<'_> {
                fn from(value: setTierCall) -> Self {
                    (value.tier, value.price, value.window)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTierCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        tier: tuple.0,
                        price: tuple.1,
                        window: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setTierReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setTierReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTierReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setTierReturn {
            fn _tokenize(&self) -> <setTierCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setTierCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setTierReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setTier(uint8,uint256,uint32)";
            const SELECTOR: [u8; 4] = [69u8, 128u8, 48u8, 192u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.tier,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.price,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.window,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setTierReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
    ```solidity
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceCall> for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        interfaceId: tuple.0,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceReturn> for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(&self.interfaceId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: supportsInterfaceReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `surplus()` and selector `0x13888565`.
    ```solidity
    function surplus() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct surplusCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`surplus()`](surplusCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct surplusReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<surplusCall> for UnderlyingRustTuple<'_> {
                fn from(value: surplusCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for surplusCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<surplusReturn> for UnderlyingRustTuple<'_> {
                fn from(value: surplusReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for surplusReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for surplusCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "surplus()";
            const SELECTOR: [u8; 4] = [19u8, 136u8, 133u8, 101u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: surplusReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: surplusReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `symbol()` and selector `0x95d89b41`.
    ```solidity
    function symbol() external pure returns (string memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct symbolCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`symbol()`](symbolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct symbolReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<symbolCall> for UnderlyingRustTuple<'_> {
                fn from(value: symbolCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for symbolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<symbolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: symbolReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for symbolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for symbolCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "symbol()";
            const SELECTOR: [u8; 4] = [149u8, 216u8, 155u8, 65u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: symbolReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: symbolReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `tiers(uint8)` and selector `0xd1d79974`.
    ```solidity
    function tiers(uint8 tier) external view returns (uint256 price, uint32 window);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tiersCall {
        #[allow(missing_docs)]
        pub tier: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`tiers(uint8)`](tiersCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tiersReturn {
        #[allow(missing_docs)]
        pub price: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub window: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tiersCall> for UnderlyingRustTuple<'_> {
                fn from(value: tiersCall) -> Self {
                    (value.tier,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tiersCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tier: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::primitives::aliases::U256, u32);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tiersReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tiersReturn) -> Self {
                    (value.price, value.window)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tiersReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        price: tuple.0,
                        window: tuple.1,
                    }
                }
            }
        }
        impl tiersReturn {
            fn _tokenize(&self) -> <tiersCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.price,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.window,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tiersCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = tiersReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "tiers(uint8)";
            const SELECTOR: [u8; 4] = [209u8, 215u8, 153u8, 116u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.tier,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                tiersReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `tokenURI(uint256)` and selector `0xc87b56dd`.
    ```solidity
    function tokenURI(uint256 tokenId) external view returns (string memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenURICall {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`tokenURI(uint256)`](tokenURICall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenURIReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenURICall> for UnderlyingRustTuple<'_> {
                fn from(value: tokenURICall) -> Self {
                    (value.tokenId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenURICall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tokenId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenURIReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tokenURIReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenURIReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tokenURICall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "tokenURI(uint256)";
            const SELECTOR: [u8; 4] = [200u8, 123u8, 86u8, 221u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.tokenId,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: tokenURIReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: tokenURIReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `totalCredits()` and selector `0xb5bd3eb9`.
    ```solidity
    function totalCredits() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalCreditsCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`totalCredits()`](totalCreditsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalCreditsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalCreditsCall> for UnderlyingRustTuple<'_> {
                fn from(value: totalCreditsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalCreditsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalCreditsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: totalCreditsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalCreditsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for totalCreditsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "totalCredits()";
            const SELECTOR: [u8; 4] = [181u8, 189u8, 62u8, 185u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: totalCreditsReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: totalCreditsReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `totalMinted()` and selector `0xa2309ff8`.
    ```solidity
    function totalMinted() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalMintedCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`totalMinted()`](totalMintedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalMintedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalMintedCall> for UnderlyingRustTuple<'_> {
                fn from(value: totalMintedCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalMintedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalMintedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: totalMintedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalMintedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for totalMintedCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "totalMinted()";
            const SELECTOR: [u8; 4] = [162u8, 48u8, 159u8, 248u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: totalMintedReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: totalMintedReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `transferFrom(address,address,uint256)` and selector `0x23b872dd`.
    ```solidity
    function transferFrom(address from, address to, uint256 id) external payable;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferFromCall {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`transferFrom(address,address,uint256)`](transferFromCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferFromReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferFromCall> for UnderlyingRustTuple<'_> {
                fn from(value: transferFromCall) -> Self {
                    (value.from, value.to, value.id)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for transferFromCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        from: tuple.0,
                        to: tuple.1,
                        id: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferFromReturn> for UnderlyingRustTuple<'_> {
                fn from(value: transferFromReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for transferFromReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferFromReturn {
            fn _tokenize(&self) -> <transferFromCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferFromCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferFromReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferFrom(address,address,uint256)";
            const SELECTOR: [u8; 4] = [35u8, 184u8, 114u8, 221u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.from,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.id,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferFromReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `transferOwnership(address)` and selector `0xf2fde38b`.
    ```solidity
    function transferOwnership(address newOwner) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipCall {
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`transferOwnership(address)`](transferOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferOwnershipCall> for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipCall) -> Self {
                    (value.newOwner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for transferOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newOwner: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferOwnershipReturn> for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for transferOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <transferOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferOwnershipCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferOwnership(address)";
            const SELECTOR: [u8; 4] = [242u8, 253u8, 227u8, 139u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newOwner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferOwnershipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `unpause()` and selector `0x3f4ba83a`.
    ```solidity
    function unpause() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unpauseCall;
    ///Container type for the return parameters of the [`unpause()`](unpauseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unpauseReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<unpauseCall> for UnderlyingRustTuple<'_> {
                fn from(value: unpauseCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unpauseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<unpauseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unpauseReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unpauseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl unpauseReturn {
            fn _tokenize(&self) -> <unpauseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unpauseCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = unpauseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unpause()";
            const SELECTOR: [u8; 4] = [63u8, 75u8, 168u8, 58u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                unpauseReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawSurplus(address)` and selector `0x65e73e32`.
    ```solidity
    function withdrawSurplus(address to) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawSurplusCall {
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`withdrawSurplus(address)`](withdrawSurplusCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawSurplusReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawSurplusCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawSurplusCall) -> Self {
                    (value.to,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawSurplusCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { to: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawSurplusReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawSurplusReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawSurplusReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawSurplusReturn {
            fn _tokenize(
                &self,
            ) -> <withdrawSurplusCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawSurplusCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawSurplusReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawSurplus(address)";
            const SELECTOR: [u8; 4] = [101u8, 231u8, 62u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                withdrawSurplusReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    ///Container for all the [`GenImNFT`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum GenImNFTCalls {
        #[allow(missing_docs)]
        MAX_PRICE(MAX_PRICECall),
        #[allow(missing_docs)]
        MAX_PROMPT_BYTES(MAX_PROMPT_BYTESCall),
        #[allow(missing_docs)]
        MAX_WINDOW(MAX_WINDOWCall),
        #[allow(missing_docs)]
        acceptOwnership(acceptOwnershipCall),
        #[allow(missing_docs)]
        agentFirstTokenId(agentFirstTokenIdCall),
        #[allow(missing_docs)]
        approve(approveCall),
        #[allow(missing_docs)]
        balanceOf(balanceOfCall),
        #[allow(missing_docs)]
        claim(claimCall),
        #[allow(missing_docs)]
        contractURI(contractURICall),
        #[allow(missing_docs)]
        credits(creditsCall),
        #[allow(missing_docs)]
        fulfil(fulfilCall),
        #[allow(missing_docs)]
        fulfilBatch(fulfilBatchCall),
        #[allow(missing_docs)]
        getApproved(getApprovedCall),
        #[allow(missing_docs)]
        isAgent(isAgentCall),
        #[allow(missing_docs)]
        isApprovedForAll(isApprovedForAllCall),
        #[allow(missing_docs)]
        metadataBaseURI(metadataBaseURICall),
        #[allow(missing_docs)]
        mint(mintCall),
        #[allow(missing_docs)]
        name(nameCall),
        #[allow(missing_docs)]
        owner(ownerCall),
        #[allow(missing_docs)]
        ownerOf(ownerOfCall),
        #[allow(missing_docs)]
        pause(pauseCall),
        #[allow(missing_docs)]
        paused(pausedCall),
        #[allow(missing_docs)]
        pendingEscrow(pendingEscrowCall),
        #[allow(missing_docs)]
        pendingOwner(pendingOwnerCall),
        #[allow(missing_docs)]
        placeholderImage(placeholderImageCall),
        #[allow(missing_docs)]
        refund(refundCall),
        #[allow(missing_docs)]
        renounceOwnership(renounceOwnershipCall),
        #[allow(missing_docs)]
        request(requestCall),
        #[allow(missing_docs)]
        royaltyInfo(royaltyInfoCall),
        #[allow(missing_docs)]
        safeTransferFrom_0(safeTransferFrom_0Call),
        #[allow(missing_docs)]
        safeTransferFrom_1(safeTransferFrom_1Call),
        #[allow(missing_docs)]
        setAgent(setAgentCall),
        #[allow(missing_docs)]
        setApprovalForAll(setApprovalForAllCall),
        #[allow(missing_docs)]
        setContractURI(setContractURICall),
        #[allow(missing_docs)]
        setDefaultRoyalty(setDefaultRoyaltyCall),
        #[allow(missing_docs)]
        setMetadataBaseURI(setMetadataBaseURICall),
        #[allow(missing_docs)]
        setPlaceholderImage(setPlaceholderImageCall),
        #[allow(missing_docs)]
        setTier(setTierCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        surplus(surplusCall),
        #[allow(missing_docs)]
        symbol(symbolCall),
        #[allow(missing_docs)]
        tiers(tiersCall),
        #[allow(missing_docs)]
        tokenURI(tokenURICall),
        #[allow(missing_docs)]
        totalCredits(totalCreditsCall),
        #[allow(missing_docs)]
        totalMinted(totalMintedCall),
        #[allow(missing_docs)]
        transferFrom(transferFromCall),
        #[allow(missing_docs)]
        transferOwnership(transferOwnershipCall),
        #[allow(missing_docs)]
        unpause(unpauseCall),
        #[allow(missing_docs)]
        withdrawSurplus(withdrawSurplusCall),
    }
    impl GenImNFTCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 193u8, 29u8, 150u8],
            [1u8, 255u8, 201u8, 167u8],
            [4u8, 99u8, 77u8, 141u8],
            [4u8, 232u8, 27u8, 195u8],
            [6u8, 253u8, 222u8, 3u8],
            [8u8, 24u8, 18u8, 252u8],
            [9u8, 94u8, 167u8, 179u8],
            [10u8, 254u8, 113u8, 189u8],
            [19u8, 136u8, 133u8, 101u8],
            [31u8, 251u8, 176u8, 100u8],
            [35u8, 184u8, 114u8, 221u8],
            [39u8, 142u8, 205u8, 225u8],
            [42u8, 85u8, 32u8, 90u8],
            [60u8, 181u8, 151u8, 170u8],
            [63u8, 75u8, 168u8, 58u8],
            [66u8, 132u8, 46u8, 14u8],
            [68u8, 141u8, 140u8, 92u8],
            [69u8, 128u8, 48u8, 192u8],
            [78u8, 113u8, 217u8, 45u8],
            [92u8, 26u8, 16u8, 155u8],
            [92u8, 151u8, 90u8, 187u8],
            [99u8, 82u8, 33u8, 30u8],
            [101u8, 231u8, 62u8, 50u8],
            [107u8, 200u8, 71u8, 14u8],
            [112u8, 160u8, 130u8, 49u8],
            [113u8, 80u8, 24u8, 166u8],
            [121u8, 186u8, 80u8, 151u8],
            [132u8, 86u8, 203u8, 89u8],
            [141u8, 165u8, 203u8, 91u8],
            [147u8, 142u8, 61u8, 123u8],
            [149u8, 216u8, 155u8, 65u8],
            [151u8, 216u8, 198u8, 118u8],
            [159u8, 61u8, 26u8, 42u8],
            [162u8, 44u8, 180u8, 101u8],
            [162u8, 48u8, 159u8, 248u8],
            [181u8, 189u8, 62u8, 185u8],
            [183u8, 95u8, 26u8, 239u8],
            [184u8, 141u8, 79u8, 222u8],
            [200u8, 123u8, 86u8, 221u8],
            [209u8, 215u8, 153u8, 116u8],
            [216u8, 69u8, 164u8, 179u8],
            [222u8, 185u8, 102u8, 52u8],
            [227u8, 12u8, 57u8, 120u8],
            [232u8, 163u8, 212u8, 133u8],
            [233u8, 133u8, 233u8, 197u8],
            [242u8, 253u8, 227u8, 139u8],
            [243u8, 0u8, 108u8, 135u8],
            [251u8, 148u8, 189u8, 138u8],
            [254u8, 95u8, 244u8, 104u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(MAX_PRICE),
            ::core::stringify!(supportsInterface),
            ::core::stringify!(setDefaultRoyalty),
            ::core::stringify!(fulfil),
            ::core::stringify!(name),
            ::core::stringify!(getApproved),
            ::core::stringify!(approve),
            ::core::stringify!(agentFirstTokenId),
            ::core::stringify!(surplus),
            ::core::stringify!(isAgent),
            ::core::stringify!(transferFrom),
            ::core::stringify!(refund),
            ::core::stringify!(royaltyInfo),
            ::core::stringify!(pendingEscrow),
            ::core::stringify!(unpause),
            ::core::stringify!(safeTransferFrom_0),
            ::core::stringify!(placeholderImage),
            ::core::stringify!(setTier),
            ::core::stringify!(claim),
            ::core::stringify!(fulfilBatch),
            ::core::stringify!(paused),
            ::core::stringify!(ownerOf),
            ::core::stringify!(withdrawSurplus),
            ::core::stringify!(MAX_PROMPT_BYTES),
            ::core::stringify!(balanceOf),
            ::core::stringify!(renounceOwnership),
            ::core::stringify!(acceptOwnership),
            ::core::stringify!(pause),
            ::core::stringify!(owner),
            ::core::stringify!(setContractURI),
            ::core::stringify!(symbol),
            ::core::stringify!(setAgent),
            ::core::stringify!(metadataBaseURI),
            ::core::stringify!(setApprovalForAll),
            ::core::stringify!(totalMinted),
            ::core::stringify!(totalCredits),
            ::core::stringify!(setPlaceholderImage),
            ::core::stringify!(safeTransferFrom_1),
            ::core::stringify!(tokenURI),
            ::core::stringify!(tiers),
            ::core::stringify!(request),
            ::core::stringify!(MAX_WINDOW),
            ::core::stringify!(pendingOwner),
            ::core::stringify!(contractURI),
            ::core::stringify!(isApprovedForAll),
            ::core::stringify!(transferOwnership),
            ::core::stringify!(mint),
            ::core::stringify!(setMetadataBaseURI),
            ::core::stringify!(credits),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <MAX_PRICECall as alloy_sol_types::SolCall>::SIGNATURE,
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setDefaultRoyaltyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <fulfilCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nameCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getApprovedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <approveCall as alloy_sol_types::SolCall>::SIGNATURE,
            <agentFirstTokenIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <surplusCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isAgentCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferFromCall as alloy_sol_types::SolCall>::SIGNATURE,
            <refundCall as alloy_sol_types::SolCall>::SIGNATURE,
            <royaltyInfoCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingEscrowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unpauseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <safeTransferFrom_0Call as alloy_sol_types::SolCall>::SIGNATURE,
            <placeholderImageCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setTierCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimCall as alloy_sol_types::SolCall>::SIGNATURE,
            <fulfilBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pausedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawSurplusCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_PROMPT_BYTESCall as alloy_sol_types::SolCall>::SIGNATURE,
            <balanceOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pauseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setContractURICall as alloy_sol_types::SolCall>::SIGNATURE,
            <symbolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setAgentCall as alloy_sol_types::SolCall>::SIGNATURE,
            <metadataBaseURICall as alloy_sol_types::SolCall>::SIGNATURE,
            <setApprovalForAllCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalMintedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalCreditsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setPlaceholderImageCall as alloy_sol_types::SolCall>::SIGNATURE,
            <safeTransferFrom_1Call as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenURICall as alloy_sol_types::SolCall>::SIGNATURE,
            <tiersCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingOwnerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <contractURICall as alloy_sol_types::SolCall>::SIGNATURE,
            <isApprovedForAllCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <mintCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setMetadataBaseURICall as alloy_sol_types::SolCall>::SIGNATURE,
            <creditsCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for GenImNFTCalls {
        const NAME: &'static str = "GenImNFTCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 49usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::MAX_PRICE(_) => <MAX_PRICECall as alloy_sol_types::SolCall>::SELECTOR,
                Self::MAX_PROMPT_BYTES(_) => {
                    <MAX_PROMPT_BYTESCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_WINDOW(_) => <MAX_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::acceptOwnership(_) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::agentFirstTokenId(_) => {
                    <agentFirstTokenIdCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::approve(_) => <approveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::balanceOf(_) => <balanceOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::claim(_) => <claimCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::contractURI(_) => <contractURICall as alloy_sol_types::SolCall>::SELECTOR,
                Self::credits(_) => <creditsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::fulfil(_) => <fulfilCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::fulfilBatch(_) => <fulfilBatchCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getApproved(_) => <getApprovedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isAgent(_) => <isAgentCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isApprovedForAll(_) => {
                    <isApprovedForAllCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::metadataBaseURI(_) => {
                    <metadataBaseURICall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::mint(_) => <mintCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::name(_) => <nameCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::ownerOf(_) => <ownerOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pause(_) => <pauseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::paused(_) => <pausedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingEscrow(_) => <pendingEscrowCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingOwner(_) => <pendingOwnerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::placeholderImage(_) => {
                    <placeholderImageCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::refund(_) => <refundCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::renounceOwnership(_) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::request(_) => <requestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::royaltyInfo(_) => <royaltyInfoCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::safeTransferFrom_0(_) => {
                    <safeTransferFrom_0Call as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::safeTransferFrom_1(_) => {
                    <safeTransferFrom_1Call as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setAgent(_) => <setAgentCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setApprovalForAll(_) => {
                    <setApprovalForAllCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setContractURI(_) => {
                    <setContractURICall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setDefaultRoyalty(_) => {
                    <setDefaultRoyaltyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setMetadataBaseURI(_) => {
                    <setMetadataBaseURICall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setPlaceholderImage(_) => {
                    <setPlaceholderImageCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setTier(_) => <setTierCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::surplus(_) => <surplusCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::symbol(_) => <symbolCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::tiers(_) => <tiersCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::tokenURI(_) => <tokenURICall as alloy_sol_types::SolCall>::SELECTOR,
                Self::totalCredits(_) => <totalCreditsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::totalMinted(_) => <totalMintedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::transferFrom(_) => <transferFromCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::transferOwnership(_) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::unpause(_) => <unpauseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdrawSurplus(_) => {
                    <withdrawSurplusCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<GenImNFTCalls>] = &[
                {
                    fn MAX_PRICE(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <MAX_PRICECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::MAX_PRICE)
                    }
                    MAX_PRICE
                },
                {
                    fn supportsInterface(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn setDefaultRoyalty(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <setDefaultRoyaltyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::setDefaultRoyalty)
                    }
                    setDefaultRoyalty
                },
                {
                    fn fulfil(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <fulfilCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::fulfil)
                    }
                    fulfil
                },
                {
                    fn name(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <nameCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::name)
                    }
                    name
                },
                {
                    fn getApproved(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <getApprovedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::getApproved)
                    }
                    getApproved
                },
                {
                    fn approve(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <approveCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::approve)
                    }
                    approve
                },
                {
                    fn agentFirstTokenId(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <agentFirstTokenIdCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::agentFirstTokenId)
                    }
                    agentFirstTokenId
                },
                {
                    fn surplus(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <surplusCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::surplus)
                    }
                    surplus
                },
                {
                    fn isAgent(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <isAgentCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::isAgent)
                    }
                    isAgent
                },
                {
                    fn transferFrom(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <transferFromCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::transferFrom)
                    }
                    transferFrom
                },
                {
                    fn refund(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <refundCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::refund)
                    }
                    refund
                },
                {
                    fn royaltyInfo(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <royaltyInfoCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::royaltyInfo)
                    }
                    royaltyInfo
                },
                {
                    fn pendingEscrow(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <pendingEscrowCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::pendingEscrow)
                    }
                    pendingEscrow
                },
                {
                    fn unpause(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::unpause)
                    }
                    unpause
                },
                {
                    fn safeTransferFrom_0(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <safeTransferFrom_0Call as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::safeTransferFrom_0)
                    }
                    safeTransferFrom_0
                },
                {
                    fn placeholderImage(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <placeholderImageCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::placeholderImage)
                    }
                    placeholderImage
                },
                {
                    fn setTier(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <setTierCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::setTier)
                    }
                    setTier
                },
                {
                    fn claim(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <claimCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::claim)
                    }
                    claim
                },
                {
                    fn fulfilBatch(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <fulfilBatchCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::fulfilBatch)
                    }
                    fulfilBatch
                },
                {
                    fn paused(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::paused)
                    }
                    paused
                },
                {
                    fn ownerOf(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <ownerOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::ownerOf)
                    }
                    ownerOf
                },
                {
                    fn withdrawSurplus(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <withdrawSurplusCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::withdrawSurplus)
                    }
                    withdrawSurplus
                },
                {
                    fn MAX_PROMPT_BYTES(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <MAX_PROMPT_BYTESCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::MAX_PROMPT_BYTES)
                    }
                    MAX_PROMPT_BYTES
                },
                {
                    fn balanceOf(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <balanceOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::balanceOf)
                    }
                    balanceOf
                },
                {
                    fn renounceOwnership(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn acceptOwnership(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::acceptOwnership)
                    }
                    acceptOwnership
                },
                {
                    fn pause(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::pause)
                    }
                    pause
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::owner)
                    }
                    owner
                },
                {
                    fn setContractURI(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <setContractURICall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::setContractURI)
                    }
                    setContractURI
                },
                {
                    fn symbol(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <symbolCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::symbol)
                    }
                    symbol
                },
                {
                    fn setAgent(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <setAgentCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::setAgent)
                    }
                    setAgent
                },
                {
                    fn metadataBaseURI(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <metadataBaseURICall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::metadataBaseURI)
                    }
                    metadataBaseURI
                },
                {
                    fn setApprovalForAll(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <setApprovalForAllCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::setApprovalForAll)
                    }
                    setApprovalForAll
                },
                {
                    fn totalMinted(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <totalMintedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::totalMinted)
                    }
                    totalMinted
                },
                {
                    fn totalCredits(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <totalCreditsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::totalCredits)
                    }
                    totalCredits
                },
                {
                    fn setPlaceholderImage(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <setPlaceholderImageCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::setPlaceholderImage)
                    }
                    setPlaceholderImage
                },
                {
                    fn safeTransferFrom_1(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <safeTransferFrom_1Call as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::safeTransferFrom_1)
                    }
                    safeTransferFrom_1
                },
                {
                    fn tokenURI(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <tokenURICall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::tokenURI)
                    }
                    tokenURI
                },
                {
                    fn tiers(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <tiersCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::tiers)
                    }
                    tiers
                },
                {
                    fn request(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <requestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::request)
                    }
                    request
                },
                {
                    fn MAX_WINDOW(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <MAX_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::MAX_WINDOW)
                    }
                    MAX_WINDOW
                },
                {
                    fn pendingOwner(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <pendingOwnerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::pendingOwner)
                    }
                    pendingOwner
                },
                {
                    fn contractURI(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <contractURICall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::contractURI)
                    }
                    contractURI
                },
                {
                    fn isApprovedForAll(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <isApprovedForAllCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::isApprovedForAll)
                    }
                    isApprovedForAll
                },
                {
                    fn transferOwnership(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn mint(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <mintCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::mint)
                    }
                    mint
                },
                {
                    fn setMetadataBaseURI(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <setMetadataBaseURICall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::setMetadataBaseURI)
                    }
                    setMetadataBaseURI
                },
                {
                    fn credits(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                        <creditsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(GenImNFTCalls::credits)
                    }
                    credits
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<GenImNFTCalls>] =
                &[
                    {
                        fn MAX_PRICE(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <MAX_PRICECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::MAX_PRICE)
                        }
                        MAX_PRICE
                    },
                    {
                        fn supportsInterface(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::supportsInterface)
                        }
                        supportsInterface
                    },
                    {
                        fn setDefaultRoyalty(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <setDefaultRoyaltyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::setDefaultRoyalty)
                        }
                        setDefaultRoyalty
                    },
                    {
                        fn fulfil(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <fulfilCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::fulfil)
                        }
                        fulfil
                    },
                    {
                        fn name(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <nameCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::name)
                        }
                        name
                    },
                    {
                        fn getApproved(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <getApprovedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::getApproved)
                        }
                        getApproved
                    },
                    {
                        fn approve(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <approveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::approve)
                        }
                        approve
                    },
                    {
                        fn agentFirstTokenId(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <agentFirstTokenIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::agentFirstTokenId)
                        }
                        agentFirstTokenId
                    },
                    {
                        fn surplus(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <surplusCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::surplus)
                        }
                        surplus
                    },
                    {
                        fn isAgent(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <isAgentCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::isAgent)
                        }
                        isAgent
                    },
                    {
                        fn transferFrom(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <transferFromCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::transferFrom)
                        }
                        transferFrom
                    },
                    {
                        fn refund(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <refundCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::refund)
                        }
                        refund
                    },
                    {
                        fn royaltyInfo(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <royaltyInfoCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::royaltyInfo)
                        }
                        royaltyInfo
                    },
                    {
                        fn pendingEscrow(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <pendingEscrowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::pendingEscrow)
                        }
                        pendingEscrow
                    },
                    {
                        fn unpause(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::unpause)
                        }
                        unpause
                    },
                    {
                        fn safeTransferFrom_0(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <safeTransferFrom_0Call as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::safeTransferFrom_0)
                        }
                        safeTransferFrom_0
                    },
                    {
                        fn placeholderImage(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <placeholderImageCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::placeholderImage)
                        }
                        placeholderImage
                    },
                    {
                        fn setTier(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <setTierCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::setTier)
                        }
                        setTier
                    },
                    {
                        fn claim(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <claimCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::claim)
                        }
                        claim
                    },
                    {
                        fn fulfilBatch(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <fulfilBatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::fulfilBatch)
                        }
                        fulfilBatch
                    },
                    {
                        fn paused(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::paused)
                        }
                        paused
                    },
                    {
                        fn ownerOf(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <ownerOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::ownerOf)
                        }
                        ownerOf
                    },
                    {
                        fn withdrawSurplus(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <withdrawSurplusCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::withdrawSurplus)
                        }
                        withdrawSurplus
                    },
                    {
                        fn MAX_PROMPT_BYTES(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <MAX_PROMPT_BYTESCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::MAX_PROMPT_BYTES)
                        }
                        MAX_PROMPT_BYTES
                    },
                    {
                        fn balanceOf(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <balanceOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::balanceOf)
                        }
                        balanceOf
                    },
                    {
                        fn renounceOwnership(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::renounceOwnership)
                        }
                        renounceOwnership
                    },
                    {
                        fn acceptOwnership(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::acceptOwnership)
                        }
                        acceptOwnership
                    },
                    {
                        fn pause(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::pause)
                        }
                        pause
                    },
                    {
                        fn owner(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::owner)
                        }
                        owner
                    },
                    {
                        fn setContractURI(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <setContractURICall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::setContractURI)
                        }
                        setContractURI
                    },
                    {
                        fn symbol(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <symbolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::symbol)
                        }
                        symbol
                    },
                    {
                        fn setAgent(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <setAgentCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::setAgent)
                        }
                        setAgent
                    },
                    {
                        fn metadataBaseURI(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <metadataBaseURICall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::metadataBaseURI)
                        }
                        metadataBaseURI
                    },
                    {
                        fn setApprovalForAll(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <setApprovalForAllCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::setApprovalForAll)
                        }
                        setApprovalForAll
                    },
                    {
                        fn totalMinted(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <totalMintedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::totalMinted)
                        }
                        totalMinted
                    },
                    {
                        fn totalCredits(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <totalCreditsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::totalCredits)
                        }
                        totalCredits
                    },
                    {
                        fn setPlaceholderImage(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <setPlaceholderImageCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::setPlaceholderImage)
                        }
                        setPlaceholderImage
                    },
                    {
                        fn safeTransferFrom_1(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <safeTransferFrom_1Call as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::safeTransferFrom_1)
                        }
                        safeTransferFrom_1
                    },
                    {
                        fn tokenURI(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <tokenURICall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::tokenURI)
                        }
                        tokenURI
                    },
                    {
                        fn tiers(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <tiersCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::tiers)
                        }
                        tiers
                    },
                    {
                        fn request(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <requestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::request)
                        }
                        request
                    },
                    {
                        fn MAX_WINDOW(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <MAX_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::MAX_WINDOW)
                        }
                        MAX_WINDOW
                    },
                    {
                        fn pendingOwner(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <pendingOwnerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::pendingOwner)
                        }
                        pendingOwner
                    },
                    {
                        fn contractURI(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <contractURICall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::contractURI)
                        }
                        contractURI
                    },
                    {
                        fn isApprovedForAll(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <isApprovedForAllCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::isApprovedForAll)
                        }
                        isApprovedForAll
                    },
                    {
                        fn transferOwnership(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::transferOwnership)
                        }
                        transferOwnership
                    },
                    {
                        fn mint(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <mintCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::mint)
                        }
                        mint
                    },
                    {
                        fn setMetadataBaseURI(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <setMetadataBaseURICall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTCalls::setMetadataBaseURI)
                        }
                        setMetadataBaseURI
                    },
                    {
                        fn credits(data: &[u8]) -> alloy_sol_types::Result<GenImNFTCalls> {
                            <creditsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                                .map(GenImNFTCalls::credits)
                        }
                        credits
                    },
                ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::MAX_PRICE(inner) => {
                    <MAX_PRICECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_PROMPT_BYTES(inner) => {
                    <MAX_PROMPT_BYTESCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_WINDOW(inner) => {
                    <MAX_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::acceptOwnership(inner) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::agentFirstTokenId(inner) => {
                    <agentFirstTokenIdCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::approve(inner) => {
                    <approveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::balanceOf(inner) => {
                    <balanceOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::claim(inner) => {
                    <claimCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::contractURI(inner) => {
                    <contractURICall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::credits(inner) => {
                    <creditsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::fulfil(inner) => {
                    <fulfilCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::fulfilBatch(inner) => {
                    <fulfilBatchCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getApproved(inner) => {
                    <getApprovedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isAgent(inner) => {
                    <isAgentCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isApprovedForAll(inner) => {
                    <isApprovedForAllCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::metadataBaseURI(inner) => {
                    <metadataBaseURICall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::mint(inner) => {
                    <mintCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::name(inner) => {
                    <nameCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::ownerOf(inner) => {
                    <ownerOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pause(inner) => {
                    <pauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pendingEscrow(inner) => {
                    <pendingEscrowCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pendingOwner(inner) => {
                    <pendingOwnerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::placeholderImage(inner) => {
                    <placeholderImageCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::refund(inner) => {
                    <refundCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::request(inner) => {
                    <requestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::royaltyInfo(inner) => {
                    <royaltyInfoCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::safeTransferFrom_0(inner) => {
                    <safeTransferFrom_0Call as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::safeTransferFrom_1(inner) => {
                    <safeTransferFrom_1Call as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setAgent(inner) => {
                    <setAgentCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setApprovalForAll(inner) => {
                    <setApprovalForAllCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setContractURI(inner) => {
                    <setContractURICall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setDefaultRoyalty(inner) => {
                    <setDefaultRoyaltyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setMetadataBaseURI(inner) => {
                    <setMetadataBaseURICall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setPlaceholderImage(inner) => {
                    <setPlaceholderImageCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setTier(inner) => {
                    <setTierCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::surplus(inner) => {
                    <surplusCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::symbol(inner) => {
                    <symbolCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::tiers(inner) => {
                    <tiersCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::tokenURI(inner) => {
                    <tokenURICall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::totalCredits(inner) => {
                    <totalCreditsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::totalMinted(inner) => {
                    <totalMintedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::transferFrom(inner) => {
                    <transferFromCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::unpause(inner) => {
                    <unpauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::withdrawSurplus(inner) => {
                    <withdrawSurplusCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::MAX_PRICE(inner) => {
                    <MAX_PRICECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_PROMPT_BYTES(inner) => {
                    <MAX_PROMPT_BYTESCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_WINDOW(inner) => {
                    <MAX_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::acceptOwnership(inner) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::agentFirstTokenId(inner) => {
                    <agentFirstTokenIdCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::approve(inner) => {
                    <approveCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::balanceOf(inner) => {
                    <balanceOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::claim(inner) => {
                    <claimCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::contractURI(inner) => {
                    <contractURICall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::credits(inner) => {
                    <creditsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::fulfil(inner) => {
                    <fulfilCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::fulfilBatch(inner) => {
                    <fulfilBatchCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getApproved(inner) => {
                    <getApprovedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isAgent(inner) => {
                    <isAgentCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isApprovedForAll(inner) => {
                    <isApprovedForAllCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::metadataBaseURI(inner) => {
                    <metadataBaseURICall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::mint(inner) => {
                    <mintCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::name(inner) => {
                    <nameCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::ownerOf(inner) => {
                    <ownerOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pause(inner) => {
                    <pauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pendingEscrow(inner) => {
                    <pendingEscrowCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pendingOwner(inner) => {
                    <pendingOwnerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::placeholderImage(inner) => {
                    <placeholderImageCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::refund(inner) => {
                    <refundCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::request(inner) => {
                    <requestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::royaltyInfo(inner) => {
                    <royaltyInfoCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::safeTransferFrom_0(inner) => {
                    <safeTransferFrom_0Call as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::safeTransferFrom_1(inner) => {
                    <safeTransferFrom_1Call as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setAgent(inner) => {
                    <setAgentCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setApprovalForAll(inner) => {
                    <setApprovalForAllCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setContractURI(inner) => {
                    <setContractURICall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setDefaultRoyalty(inner) => {
                    <setDefaultRoyaltyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setMetadataBaseURI(inner) => {
                    <setMetadataBaseURICall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setPlaceholderImage(inner) => {
                    <setPlaceholderImageCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::setTier(inner) => {
                    <setTierCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::surplus(inner) => {
                    <surplusCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::symbol(inner) => {
                    <symbolCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::tiers(inner) => {
                    <tiersCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::tokenURI(inner) => {
                    <tokenURICall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::totalCredits(inner) => {
                    <totalCreditsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::totalMinted(inner) => {
                    <totalMintedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::transferFrom(inner) => {
                    <transferFromCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::unpause(inner) => {
                    <unpauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::withdrawSurplus(inner) => {
                    <withdrawSurplusCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`GenImNFT`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum GenImNFTErrors {
        #[allow(missing_docs)]
        AccountBalanceOverflow(AccountBalanceOverflow),
        #[allow(missing_docs)]
        BalanceQueryForZeroAddress(BalanceQueryForZeroAddress),
        #[allow(missing_docs)]
        DeadlineNotReached(DeadlineNotReached),
        #[allow(missing_docs)]
        DeadlinePassed(DeadlinePassed),
        #[allow(missing_docs)]
        EmptyPrompt(EmptyPrompt),
        #[allow(missing_docs)]
        InvalidMetadataHash(InvalidMetadataHash),
        #[allow(missing_docs)]
        InvalidPrice(InvalidPrice),
        #[allow(missing_docs)]
        InvalidWindow(InvalidWindow),
        #[allow(missing_docs)]
        LengthMismatch(LengthMismatch),
        #[allow(missing_docs)]
        MintingPaused(MintingPaused),
        #[allow(missing_docs)]
        NoSurplus(NoSurplus),
        #[allow(missing_docs)]
        NonexistentToken(NonexistentToken),
        #[allow(missing_docs)]
        NotAgent(NotAgent),
        #[allow(missing_docs)]
        NotHolderNorApproved(NotHolderNorApproved),
        #[allow(missing_docs)]
        NotOwnerNorApproved(NotOwnerNorApproved),
        #[allow(missing_docs)]
        NotPending(NotPending),
        #[allow(missing_docs)]
        NothingToClaim(NothingToClaim),
        #[allow(missing_docs)]
        OwnableInvalidOwner(OwnableInvalidOwner),
        #[allow(missing_docs)]
        OwnableUnauthorizedAccount(OwnableUnauthorizedAccount),
        #[allow(missing_docs)]
        PromptTooLong(PromptTooLong),
        #[allow(missing_docs)]
        RoyaltyOverflow(RoyaltyOverflow),
        #[allow(missing_docs)]
        RoyaltyReceiverIsZeroAddress(RoyaltyReceiverIsZeroAddress),
        #[allow(missing_docs)]
        TierDisabled(TierDisabled),
        #[allow(missing_docs)]
        TokenAlreadyExists(TokenAlreadyExists),
        #[allow(missing_docs)]
        TokenDoesNotExist(TokenDoesNotExist),
        #[allow(missing_docs)]
        TokenPredatesAgent(TokenPredatesAgent),
        #[allow(missing_docs)]
        TransferFailed(TransferFailed),
        #[allow(missing_docs)]
        TransferFromIncorrectOwner(TransferFromIncorrectOwner),
        #[allow(missing_docs)]
        TransferToNonERC721ReceiverImplementer(TransferToNonERC721ReceiverImplementer),
        #[allow(missing_docs)]
        TransferToZeroAddress(TransferToZeroAddress),
        #[allow(missing_docs)]
        UnexpectedEther(UnexpectedEther),
        #[allow(missing_docs)]
        WrongPayment(WrongPayment),
        #[allow(missing_docs)]
        ZeroAddress(ZeroAddress),
    }
    impl GenImNFTErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 51u8, 108u8, 234u8],
            [13u8, 211u8, 45u8, 28u8],
            [17u8, 140u8, 218u8, 167u8],
            [28u8, 67u8, 185u8, 118u8],
            [30u8, 79u8, 189u8, 247u8],
            [47u8, 65u8, 99u8, 231u8],
            [53u8, 10u8, 136u8, 179u8],
            [59u8, 124u8, 134u8, 114u8],
            [75u8, 110u8, 127u8, 24u8],
            [82u8, 244u8, 156u8, 149u8],
            [100u8, 171u8, 52u8, 102u8],
            [101u8, 78u8, 209u8, 49u8],
            [111u8, 10u8, 52u8, 130u8],
            [134u8, 14u8, 50u8, 220u8],
            [139u8, 40u8, 184u8, 250u8],
            [141u8, 255u8, 32u8, 30u8],
            [143u8, 78u8, 182u8, 4u8],
            [156u8, 13u8, 230u8, 229u8],
            [161u8, 20u8, 129u8, 0u8],
            [171u8, 139u8, 103u8, 198u8],
            [173u8, 54u8, 100u8, 166u8],
            [175u8, 96u8, 138u8, 187u8],
            [180u8, 69u8, 126u8, 170u8],
            [184u8, 167u8, 242u8, 25u8],
            [192u8, 239u8, 23u8, 211u8],
            [201u8, 145u8, 203u8, 177u8],
            [203u8, 71u8, 12u8, 74u8],
            [206u8, 234u8, 33u8, 182u8],
            [209u8, 165u8, 126u8, 214u8],
            [217u8, 46u8, 35u8, 61u8],
            [234u8, 85u8, 59u8, 52u8],
            [235u8, 86u8, 7u8, 86u8],
            [239u8, 211u8, 110u8, 47u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(AccountBalanceOverflow),
            ::core::stringify!(WrongPayment),
            ::core::stringify!(OwnableUnauthorizedAccount),
            ::core::stringify!(TransferFailed),
            ::core::stringify!(OwnableInvalidOwner),
            ::core::stringify!(NonexistentToken),
            ::core::stringify!(RoyaltyOverflow),
            ::core::stringify!(PromptTooLong),
            ::core::stringify!(NotOwnerNorApproved),
            ::core::stringify!(NotAgent),
            ::core::stringify!(NothingToClaim),
            ::core::stringify!(TokenPredatesAgent),
            ::core::stringify!(DeadlinePassed),
            ::core::stringify!(InvalidMetadataHash),
            ::core::stringify!(NotPending),
            ::core::stringify!(InvalidWindow),
            ::core::stringify!(BalanceQueryForZeroAddress),
            ::core::stringify!(TierDisabled),
            ::core::stringify!(TransferFromIncorrectOwner),
            ::core::stringify!(LengthMismatch),
            ::core::stringify!(DeadlineNotReached),
            ::core::stringify!(InvalidPrice),
            ::core::stringify!(RoyaltyReceiverIsZeroAddress),
            ::core::stringify!(EmptyPrompt),
            ::core::stringify!(NoSurplus),
            ::core::stringify!(TokenAlreadyExists),
            ::core::stringify!(UnexpectedEther),
            ::core::stringify!(TokenDoesNotExist),
            ::core::stringify!(TransferToNonERC721ReceiverImplementer),
            ::core::stringify!(ZeroAddress),
            ::core::stringify!(TransferToZeroAddress),
            ::core::stringify!(MintingPaused),
            ::core::stringify!(NotHolderNorApproved),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <AccountBalanceOverflow as alloy_sol_types::SolError>::SIGNATURE,
            <WrongPayment as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <TransferFailed as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableInvalidOwner as alloy_sol_types::SolError>::SIGNATURE,
            <NonexistentToken as alloy_sol_types::SolError>::SIGNATURE,
            <RoyaltyOverflow as alloy_sol_types::SolError>::SIGNATURE,
            <PromptTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <NotOwnerNorApproved as alloy_sol_types::SolError>::SIGNATURE,
            <NotAgent as alloy_sol_types::SolError>::SIGNATURE,
            <NothingToClaim as alloy_sol_types::SolError>::SIGNATURE,
            <TokenPredatesAgent as alloy_sol_types::SolError>::SIGNATURE,
            <DeadlinePassed as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidMetadataHash as alloy_sol_types::SolError>::SIGNATURE,
            <NotPending as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidWindow as alloy_sol_types::SolError>::SIGNATURE,
            <BalanceQueryForZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <TierDisabled as alloy_sol_types::SolError>::SIGNATURE,
            <TransferFromIncorrectOwner as alloy_sol_types::SolError>::SIGNATURE,
            <LengthMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <DeadlineNotReached as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidPrice as alloy_sol_types::SolError>::SIGNATURE,
            <RoyaltyReceiverIsZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <EmptyPrompt as alloy_sol_types::SolError>::SIGNATURE,
            <NoSurplus as alloy_sol_types::SolError>::SIGNATURE,
            <TokenAlreadyExists as alloy_sol_types::SolError>::SIGNATURE,
            <UnexpectedEther as alloy_sol_types::SolError>::SIGNATURE,
            <TokenDoesNotExist as alloy_sol_types::SolError>::SIGNATURE,
            <TransferToNonERC721ReceiverImplementer as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <TransferToZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <MintingPaused as alloy_sol_types::SolError>::SIGNATURE,
            <NotHolderNorApproved as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for GenImNFTErrors {
        const NAME: &'static str = "GenImNFTErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 33usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccountBalanceOverflow(_) => {
                    <AccountBalanceOverflow as alloy_sol_types::SolError>::SELECTOR
                }
                Self::BalanceQueryForZeroAddress(_) => {
                    <BalanceQueryForZeroAddress as alloy_sol_types::SolError>::SELECTOR
                }
                Self::DeadlineNotReached(_) => {
                    <DeadlineNotReached as alloy_sol_types::SolError>::SELECTOR
                }
                Self::DeadlinePassed(_) => <DeadlinePassed as alloy_sol_types::SolError>::SELECTOR,
                Self::EmptyPrompt(_) => <EmptyPrompt as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidMetadataHash(_) => {
                    <InvalidMetadataHash as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidPrice(_) => <InvalidPrice as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidWindow(_) => <InvalidWindow as alloy_sol_types::SolError>::SELECTOR,
                Self::LengthMismatch(_) => <LengthMismatch as alloy_sol_types::SolError>::SELECTOR,
                Self::MintingPaused(_) => <MintingPaused as alloy_sol_types::SolError>::SELECTOR,
                Self::NoSurplus(_) => <NoSurplus as alloy_sol_types::SolError>::SELECTOR,
                Self::NonexistentToken(_) => {
                    <NonexistentToken as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotAgent(_) => <NotAgent as alloy_sol_types::SolError>::SELECTOR,
                Self::NotHolderNorApproved(_) => {
                    <NotHolderNorApproved as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotOwnerNorApproved(_) => {
                    <NotOwnerNorApproved as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotPending(_) => <NotPending as alloy_sol_types::SolError>::SELECTOR,
                Self::NothingToClaim(_) => <NothingToClaim as alloy_sol_types::SolError>::SELECTOR,
                Self::OwnableInvalidOwner(_) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableUnauthorizedAccount(_) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PromptTooLong(_) => <PromptTooLong as alloy_sol_types::SolError>::SELECTOR,
                Self::RoyaltyOverflow(_) => {
                    <RoyaltyOverflow as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RoyaltyReceiverIsZeroAddress(_) => {
                    <RoyaltyReceiverIsZeroAddress as alloy_sol_types::SolError>::SELECTOR
                }
                Self::TierDisabled(_) => <TierDisabled as alloy_sol_types::SolError>::SELECTOR,
                Self::TokenAlreadyExists(_) => {
                    <TokenAlreadyExists as alloy_sol_types::SolError>::SELECTOR
                }
                Self::TokenDoesNotExist(_) => {
                    <TokenDoesNotExist as alloy_sol_types::SolError>::SELECTOR
                }
                Self::TokenPredatesAgent(_) => {
                    <TokenPredatesAgent as alloy_sol_types::SolError>::SELECTOR
                }
                Self::TransferFailed(_) => <TransferFailed as alloy_sol_types::SolError>::SELECTOR,
                Self::TransferFromIncorrectOwner(_) => {
                    <TransferFromIncorrectOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::TransferToNonERC721ReceiverImplementer(_) => {
                    <TransferToNonERC721ReceiverImplementer as alloy_sol_types::SolError>::SELECTOR
                }
                Self::TransferToZeroAddress(_) => {
                    <TransferToZeroAddress as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnexpectedEther(_) => {
                    <UnexpectedEther as alloy_sol_types::SolError>::SELECTOR
                }
                Self::WrongPayment(_) => <WrongPayment as alloy_sol_types::SolError>::SELECTOR,
                Self::ZeroAddress(_) => <ZeroAddress as alloy_sol_types::SolError>::SELECTOR,
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<GenImNFTErrors>] = &[
                {
                    fn AccountBalanceOverflow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <AccountBalanceOverflow as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::AccountBalanceOverflow)
                    }
                    AccountBalanceOverflow
                },
                {
                    fn WrongPayment(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <WrongPayment as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::WrongPayment)
                    }
                    WrongPayment
                },
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(GenImNFTErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn TransferFailed(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TransferFailed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::TransferFailed)
                    }
                    TransferFailed
                },
                {
                    fn OwnableInvalidOwner(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn NonexistentToken(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NonexistentToken as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::NonexistentToken)
                    }
                    NonexistentToken
                },
                {
                    fn RoyaltyOverflow(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <RoyaltyOverflow as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::RoyaltyOverflow)
                    }
                    RoyaltyOverflow
                },
                {
                    fn PromptTooLong(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <PromptTooLong as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::PromptTooLong)
                    }
                    PromptTooLong
                },
                {
                    fn NotOwnerNorApproved(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NotOwnerNorApproved as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::NotOwnerNorApproved)
                    }
                    NotOwnerNorApproved
                },
                {
                    fn NotAgent(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NotAgent as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::NotAgent)
                    }
                    NotAgent
                },
                {
                    fn NothingToClaim(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NothingToClaim as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::NothingToClaim)
                    }
                    NothingToClaim
                },
                {
                    fn TokenPredatesAgent(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TokenPredatesAgent as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::TokenPredatesAgent)
                    }
                    TokenPredatesAgent
                },
                {
                    fn DeadlinePassed(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <DeadlinePassed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::DeadlinePassed)
                    }
                    DeadlinePassed
                },
                {
                    fn InvalidMetadataHash(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <InvalidMetadataHash as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::InvalidMetadataHash)
                    }
                    InvalidMetadataHash
                },
                {
                    fn NotPending(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NotPending as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::NotPending)
                    }
                    NotPending
                },
                {
                    fn InvalidWindow(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <InvalidWindow as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::InvalidWindow)
                    }
                    InvalidWindow
                },
                {
                    fn BalanceQueryForZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <BalanceQueryForZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(GenImNFTErrors::BalanceQueryForZeroAddress)
                    }
                    BalanceQueryForZeroAddress
                },
                {
                    fn TierDisabled(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TierDisabled as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::TierDisabled)
                    }
                    TierDisabled
                },
                {
                    fn TransferFromIncorrectOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TransferFromIncorrectOwner as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(GenImNFTErrors::TransferFromIncorrectOwner)
                    }
                    TransferFromIncorrectOwner
                },
                {
                    fn LengthMismatch(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <LengthMismatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::LengthMismatch)
                    }
                    LengthMismatch
                },
                {
                    fn DeadlineNotReached(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <DeadlineNotReached as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::DeadlineNotReached)
                    }
                    DeadlineNotReached
                },
                {
                    fn InvalidPrice(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <InvalidPrice as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::InvalidPrice)
                    }
                    InvalidPrice
                },
                {
                    fn RoyaltyReceiverIsZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <RoyaltyReceiverIsZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(
                            data,
                        )
                        .map(GenImNFTErrors::RoyaltyReceiverIsZeroAddress)
                    }
                    RoyaltyReceiverIsZeroAddress
                },
                {
                    fn EmptyPrompt(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <EmptyPrompt as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::EmptyPrompt)
                    }
                    EmptyPrompt
                },
                {
                    fn NoSurplus(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NoSurplus as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::NoSurplus)
                    }
                    NoSurplus
                },
                {
                    fn TokenAlreadyExists(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TokenAlreadyExists as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::TokenAlreadyExists)
                    }
                    TokenAlreadyExists
                },
                {
                    fn UnexpectedEther(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <UnexpectedEther as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::UnexpectedEther)
                    }
                    UnexpectedEther
                },
                {
                    fn TokenDoesNotExist(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TokenDoesNotExist as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::TokenDoesNotExist)
                    }
                    TokenDoesNotExist
                },
                {
                    fn TransferToNonERC721ReceiverImplementer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TransferToNonERC721ReceiverImplementer as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(GenImNFTErrors::TransferToNonERC721ReceiverImplementer)
                    }
                    TransferToNonERC721ReceiverImplementer
                },
                {
                    fn ZeroAddress(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn TransferToZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TransferToZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::TransferToZeroAddress)
                    }
                    TransferToZeroAddress
                },
                {
                    fn MintingPaused(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <MintingPaused as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::MintingPaused)
                    }
                    MintingPaused
                },
                {
                    fn NotHolderNorApproved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NotHolderNorApproved as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(GenImNFTErrors::NotHolderNorApproved)
                    }
                    NotHolderNorApproved
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            )
                -> alloy_sol_types::Result<GenImNFTErrors>] = &[
                {
                    fn AccountBalanceOverflow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <AccountBalanceOverflow as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTErrors::AccountBalanceOverflow)
                    }
                    AccountBalanceOverflow
                },
                {
                    fn WrongPayment(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <WrongPayment as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::WrongPayment)
                    }
                    WrongPayment
                },
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn TransferFailed(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TransferFailed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::TransferFailed)
                    }
                    TransferFailed
                },
                {
                    fn OwnableInvalidOwner(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(GenImNFTErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn NonexistentToken(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NonexistentToken as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(GenImNFTErrors::NonexistentToken)
                    }
                    NonexistentToken
                },
                {
                    fn RoyaltyOverflow(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <RoyaltyOverflow as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(GenImNFTErrors::RoyaltyOverflow)
                    }
                    RoyaltyOverflow
                },
                {
                    fn PromptTooLong(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <PromptTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::PromptTooLong)
                    }
                    PromptTooLong
                },
                {
                    fn NotOwnerNorApproved(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NotOwnerNorApproved as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(GenImNFTErrors::NotOwnerNorApproved)
                    }
                    NotOwnerNorApproved
                },
                {
                    fn NotAgent(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NotAgent as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::NotAgent)
                    }
                    NotAgent
                },
                {
                    fn NothingToClaim(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NothingToClaim as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::NothingToClaim)
                    }
                    NothingToClaim
                },
                {
                    fn TokenPredatesAgent(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TokenPredatesAgent as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(GenImNFTErrors::TokenPredatesAgent)
                    }
                    TokenPredatesAgent
                },
                {
                    fn DeadlinePassed(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <DeadlinePassed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::DeadlinePassed)
                    }
                    DeadlinePassed
                },
                {
                    fn InvalidMetadataHash(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <InvalidMetadataHash as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(GenImNFTErrors::InvalidMetadataHash)
                    }
                    InvalidMetadataHash
                },
                {
                    fn NotPending(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NotPending as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::NotPending)
                    }
                    NotPending
                },
                {
                    fn InvalidWindow(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <InvalidWindow as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::InvalidWindow)
                    }
                    InvalidWindow
                },
                {
                    fn BalanceQueryForZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <BalanceQueryForZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTErrors::BalanceQueryForZeroAddress)
                    }
                    BalanceQueryForZeroAddress
                },
                {
                    fn TierDisabled(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TierDisabled as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::TierDisabled)
                    }
                    TierDisabled
                },
                {
                    fn TransferFromIncorrectOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TransferFromIncorrectOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTErrors::TransferFromIncorrectOwner)
                    }
                    TransferFromIncorrectOwner
                },
                {
                    fn LengthMismatch(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <LengthMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::LengthMismatch)
                    }
                    LengthMismatch
                },
                {
                    fn DeadlineNotReached(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <DeadlineNotReached as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(GenImNFTErrors::DeadlineNotReached)
                    }
                    DeadlineNotReached
                },
                {
                    fn InvalidPrice(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <InvalidPrice as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::InvalidPrice)
                    }
                    InvalidPrice
                },
                {
                    fn RoyaltyReceiverIsZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <RoyaltyReceiverIsZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTErrors::RoyaltyReceiverIsZeroAddress)
                    }
                    RoyaltyReceiverIsZeroAddress
                },
                {
                    fn EmptyPrompt(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <EmptyPrompt as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::EmptyPrompt)
                    }
                    EmptyPrompt
                },
                {
                    fn NoSurplus(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NoSurplus as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::NoSurplus)
                    }
                    NoSurplus
                },
                {
                    fn TokenAlreadyExists(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TokenAlreadyExists as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(GenImNFTErrors::TokenAlreadyExists)
                    }
                    TokenAlreadyExists
                },
                {
                    fn UnexpectedEther(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <UnexpectedEther as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(GenImNFTErrors::UnexpectedEther)
                    }
                    UnexpectedEther
                },
                {
                    fn TokenDoesNotExist(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TokenDoesNotExist as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(GenImNFTErrors::TokenDoesNotExist)
                    }
                    TokenDoesNotExist
                },
                {
                    fn TransferToNonERC721ReceiverImplementer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TransferToNonERC721ReceiverImplementer as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTErrors::TransferToNonERC721ReceiverImplementer)
                    }
                    TransferToNonERC721ReceiverImplementer
                },
                {
                    fn ZeroAddress(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn TransferToZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <TransferToZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTErrors::TransferToZeroAddress)
                    }
                    TransferToZeroAddress
                },
                {
                    fn MintingPaused(data: &[u8]) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <MintingPaused as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(GenImNFTErrors::MintingPaused)
                    }
                    MintingPaused
                },
                {
                    fn NotHolderNorApproved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<GenImNFTErrors> {
                        <NotHolderNorApproved as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(GenImNFTErrors::NotHolderNorApproved)
                    }
                    NotHolderNorApproved
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AccountBalanceOverflow(inner) => {
                    <AccountBalanceOverflow as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::BalanceQueryForZeroAddress(inner) => {
                    <BalanceQueryForZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DeadlineNotReached(inner) => {
                    <DeadlineNotReached as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DeadlinePassed(inner) => {
                    <DeadlinePassed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EmptyPrompt(inner) => {
                    <EmptyPrompt as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidMetadataHash(inner) => {
                    <InvalidMetadataHash as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidPrice(inner) => {
                    <InvalidPrice as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidWindow(inner) => {
                    <InvalidWindow as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::LengthMismatch(inner) => {
                    <LengthMismatch as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MintingPaused(inner) => {
                    <MintingPaused as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NoSurplus(inner) => {
                    <NoSurplus as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NonexistentToken(inner) => {
                    <NonexistentToken as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotAgent(inner) => {
                    <NotAgent as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotHolderNorApproved(inner) => {
                    <NotHolderNorApproved as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotOwnerNorApproved(inner) => {
                    <NotOwnerNorApproved as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotPending(inner) => {
                    <NotPending as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NothingToClaim(inner) => {
                    <NothingToClaim as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OwnableInvalidOwner(inner) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OwnableUnauthorizedAccount(inner) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PromptTooLong(inner) => {
                    <PromptTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::RoyaltyOverflow(inner) => {
                    <RoyaltyOverflow as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RoyaltyReceiverIsZeroAddress(inner) => {
                    <RoyaltyReceiverIsZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TierDisabled(inner) => {
                    <TierDisabled as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TokenAlreadyExists(inner) => {
                    <TokenAlreadyExists as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TokenDoesNotExist(inner) => {
                    <TokenDoesNotExist as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TokenPredatesAgent(inner) => {
                    <TokenPredatesAgent as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TransferFailed(inner) => {
                    <TransferFailed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TransferFromIncorrectOwner(inner) => {
                    <TransferFromIncorrectOwner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TransferToNonERC721ReceiverImplementer(inner) => {
                    <TransferToNonERC721ReceiverImplementer as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TransferToZeroAddress(inner) => {
                    <TransferToZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnexpectedEther(inner) => {
                    <UnexpectedEther as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::WrongPayment(inner) => {
                    <WrongPayment as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AccountBalanceOverflow(inner) => {
                    <AccountBalanceOverflow as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::BalanceQueryForZeroAddress(inner) => {
                    <BalanceQueryForZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DeadlineNotReached(inner) => {
                    <DeadlineNotReached as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DeadlinePassed(inner) => {
                    <DeadlinePassed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::EmptyPrompt(inner) => {
                    <EmptyPrompt as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidMetadataHash(inner) => {
                    <InvalidMetadataHash as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidPrice(inner) => {
                    <InvalidPrice as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidWindow(inner) => {
                    <InvalidWindow as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::LengthMismatch(inner) => {
                    <LengthMismatch as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MintingPaused(inner) => {
                    <MintingPaused as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NoSurplus(inner) => {
                    <NoSurplus as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NonexistentToken(inner) => {
                    <NonexistentToken as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotAgent(inner) => {
                    <NotAgent as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotHolderNorApproved(inner) => {
                    <NotHolderNorApproved as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotOwnerNorApproved(inner) => {
                    <NotOwnerNorApproved as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotPending(inner) => {
                    <NotPending as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NothingToClaim(inner) => {
                    <NothingToClaim as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnableInvalidOwner(inner) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnableUnauthorizedAccount(inner) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PromptTooLong(inner) => {
                    <PromptTooLong as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RoyaltyOverflow(inner) => {
                    <RoyaltyOverflow as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RoyaltyReceiverIsZeroAddress(inner) => {
                    <RoyaltyReceiverIsZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TierDisabled(inner) => {
                    <TierDisabled as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TokenAlreadyExists(inner) => {
                    <TokenAlreadyExists as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TokenDoesNotExist(inner) => {
                    <TokenDoesNotExist as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TokenPredatesAgent(inner) => {
                    <TokenPredatesAgent as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TransferFailed(inner) => {
                    <TransferFailed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TransferFromIncorrectOwner(inner) => {
                    <TransferFromIncorrectOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TransferToNonERC721ReceiverImplementer(inner) => {
                    <TransferToNonERC721ReceiverImplementer as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TransferToZeroAddress(inner) => {
                    <TransferToZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnexpectedEther(inner) => {
                    <UnexpectedEther as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::WrongPayment(inner) => {
                    <WrongPayment as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`GenImNFT`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum GenImNFTEvents {
        #[allow(missing_docs)]
        AgentSet(AgentSet),
        #[allow(missing_docs)]
        Approval(Approval),
        #[allow(missing_docs)]
        ApprovalForAll(ApprovalForAll),
        #[allow(missing_docs)]
        BatchMetadataUpdate(BatchMetadataUpdate),
        #[allow(missing_docs)]
        Claimed(Claimed),
        #[allow(missing_docs)]
        ContractURIUpdated(ContractURIUpdated),
        #[allow(missing_docs)]
        FulfilmentSkipped(FulfilmentSkipped),
        #[allow(missing_docs)]
        ImageDelivered(ImageDelivered),
        #[allow(missing_docs)]
        ImageRequested(ImageRequested),
        #[allow(missing_docs)]
        MetadataBaseURISet(MetadataBaseURISet),
        #[allow(missing_docs)]
        MetadataUpdate(MetadataUpdate),
        #[allow(missing_docs)]
        OwnershipTransferStarted(OwnershipTransferStarted),
        #[allow(missing_docs)]
        OwnershipTransferred(OwnershipTransferred),
        #[allow(missing_docs)]
        Paused(Paused),
        #[allow(missing_docs)]
        PaymentCredited(PaymentCredited),
        #[allow(missing_docs)]
        PlaceholderImageSet(PlaceholderImageSet),
        #[allow(missing_docs)]
        Refunded(Refunded),
        #[allow(missing_docs)]
        SurplusWithdrawn(SurplusWithdrawn),
        #[allow(missing_docs)]
        TierSet(TierSet),
        #[allow(missing_docs)]
        Transfer(Transfer),
        #[allow(missing_docs)]
        Unpaused(Unpaused),
    }
    impl GenImNFTEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                1u8, 71u8, 237u8, 113u8, 196u8, 98u8, 165u8, 121u8, 252u8, 29u8, 234u8, 168u8,
                77u8, 42u8, 188u8, 170u8, 4u8, 128u8, 141u8, 217u8, 178u8, 227u8, 133u8, 209u8,
                67u8, 126u8, 46u8, 31u8, 137u8, 212u8, 158u8, 79u8,
            ],
            [
                23u8, 48u8, 126u8, 171u8, 57u8, 171u8, 97u8, 7u8, 232u8, 137u8, 152u8, 69u8, 173u8,
                61u8, 89u8, 189u8, 150u8, 83u8, 242u8, 0u8, 242u8, 32u8, 146u8, 4u8, 137u8, 202u8,
                43u8, 89u8, 55u8, 105u8, 108u8, 49u8,
            ],
            [
                23u8, 82u8, 105u8, 61u8, 188u8, 129u8, 144u8, 18u8, 227u8, 148u8, 80u8, 253u8,
                133u8, 75u8, 185u8, 245u8, 206u8, 106u8, 8u8, 142u8, 160u8, 215u8, 31u8, 188u8,
                162u8, 168u8, 28u8, 79u8, 163u8, 48u8, 134u8, 83u8,
            ],
            [
                34u8, 9u8, 179u8, 26u8, 216u8, 15u8, 62u8, 209u8, 186u8, 247u8, 108u8, 153u8, 98u8,
                203u8, 239u8, 149u8, 134u8, 224u8, 18u8, 232u8, 57u8, 210u8, 105u8, 145u8, 253u8,
                135u8, 152u8, 165u8, 91u8, 234u8, 80u8, 117u8,
            ],
            [
                54u8, 209u8, 109u8, 207u8, 105u8, 196u8, 174u8, 23u8, 175u8, 167u8, 105u8, 217u8,
                116u8, 68u8, 128u8, 112u8, 203u8, 134u8, 37u8, 241u8, 172u8, 13u8, 58u8, 169u8,
                219u8, 107u8, 169u8, 68u8, 31u8, 127u8, 14u8, 88u8,
            ],
            [
                56u8, 209u8, 107u8, 140u8, 172u8, 34u8, 217u8, 159u8, 199u8, 193u8, 36u8, 185u8,
                205u8, 13u8, 226u8, 211u8, 250u8, 31u8, 174u8, 244u8, 32u8, 191u8, 231u8, 145u8,
                216u8, 195u8, 98u8, 215u8, 101u8, 226u8, 39u8, 0u8,
            ],
            [
                93u8, 185u8, 238u8, 10u8, 73u8, 91u8, 242u8, 230u8, 255u8, 156u8, 145u8, 167u8,
                131u8, 76u8, 27u8, 164u8, 253u8, 210u8, 68u8, 165u8, 232u8, 170u8, 78u8, 83u8,
                123u8, 211u8, 138u8, 234u8, 228u8, 176u8, 115u8, 170u8,
            ],
            [
                95u8, 10u8, 71u8, 239u8, 111u8, 241u8, 253u8, 245u8, 40u8, 148u8, 220u8, 248u8,
                6u8, 189u8, 66u8, 71u8, 160u8, 159u8, 223u8, 179u8, 250u8, 133u8, 73u8, 159u8,
                42u8, 25u8, 102u8, 239u8, 52u8, 19u8, 90u8, 185u8,
            ],
            [
                98u8, 231u8, 140u8, 234u8, 1u8, 190u8, 227u8, 32u8, 205u8, 78u8, 66u8, 2u8, 112u8,
                181u8, 234u8, 116u8, 0u8, 13u8, 17u8, 176u8, 201u8, 247u8, 71u8, 84u8, 235u8,
                219u8, 252u8, 84u8, 75u8, 5u8, 162u8, 88u8,
            ],
            [
                107u8, 213u8, 201u8, 80u8, 168u8, 216u8, 223u8, 23u8, 247u8, 114u8, 245u8, 175u8,
                55u8, 203u8, 54u8, 85u8, 115u8, 120u8, 153u8, 203u8, 249u8, 3u8, 38u8, 75u8, 151u8,
                149u8, 89u8, 45u8, 164u8, 57u8, 102u8, 28u8,
            ],
            [
                124u8, 165u8, 71u8, 43u8, 126u8, 167u8, 140u8, 44u8, 1u8, 65u8, 197u8, 161u8, 46u8,
                230u8, 209u8, 112u8, 207u8, 76u8, 232u8, 237u8, 6u8, 190u8, 61u8, 34u8, 200u8,
                37u8, 45u8, 223u8, 199u8, 166u8, 162u8, 196u8,
            ],
            [
                126u8, 10u8, 197u8, 213u8, 56u8, 163u8, 147u8, 82u8, 108u8, 54u8, 101u8, 113u8,
                203u8, 145u8, 171u8, 199u8, 194u8, 47u8, 65u8, 118u8, 205u8, 222u8, 144u8, 116u8,
                157u8, 243u8, 162u8, 138u8, 57u8, 80u8, 192u8, 215u8,
            ],
            [
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8, 31u8, 208u8,
                164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8, 218u8, 175u8, 227u8,
                180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ],
            [
                140u8, 91u8, 225u8, 229u8, 235u8, 236u8, 125u8, 91u8, 209u8, 79u8, 113u8, 66u8,
                125u8, 30u8, 132u8, 243u8, 221u8, 3u8, 20u8, 192u8, 247u8, 178u8, 41u8, 30u8, 91u8,
                32u8, 10u8, 200u8, 199u8, 195u8, 185u8, 37u8,
            ],
            [
                165u8, 212u8, 9u8, 126u8, 221u8, 166u8, 216u8, 124u8, 185u8, 50u8, 154u8, 248u8,
                63u8, 179u8, 113u8, 46u8, 247u8, 126u8, 235u8, 19u8, 115u8, 143u8, 254u8, 67u8,
                204u8, 53u8, 164u8, 206u8, 48u8, 90u8, 217u8, 98u8,
            ],
            [
                172u8, 193u8, 36u8, 255u8, 61u8, 57u8, 7u8, 157u8, 61u8, 136u8, 141u8, 139u8,
                243u8, 176u8, 254u8, 10u8, 112u8, 237u8, 148u8, 159u8, 53u8, 36u8, 96u8, 174u8,
                93u8, 67u8, 182u8, 247u8, 35u8, 167u8, 253u8, 36u8,
            ],
            [
                185u8, 69u8, 40u8, 171u8, 109u8, 194u8, 193u8, 87u8, 67u8, 164u8, 123u8, 147u8,
                49u8, 21u8, 179u8, 49u8, 183u8, 190u8, 174u8, 120u8, 113u8, 38u8, 119u8, 241u8,
                227u8, 69u8, 169u8, 241u8, 174u8, 132u8, 187u8, 209u8,
            ],
            [
                191u8, 55u8, 124u8, 104u8, 72u8, 23u8, 194u8, 68u8, 131u8, 133u8, 107u8, 89u8,
                254u8, 249u8, 127u8, 51u8, 148u8, 165u8, 85u8, 111u8, 94u8, 110u8, 37u8, 178u8,
                217u8, 34u8, 233u8, 81u8, 244u8, 148u8, 77u8, 43u8,
            ],
            [
                216u8, 19u8, 143u8, 138u8, 63u8, 55u8, 124u8, 82u8, 89u8, 202u8, 84u8, 142u8,
                112u8, 228u8, 194u8, 222u8, 148u8, 241u8, 41u8, 245u8, 161u8, 16u8, 54u8, 161u8,
                91u8, 105u8, 81u8, 60u8, 186u8, 43u8, 66u8, 106u8,
            ],
            [
                221u8, 242u8, 82u8, 173u8, 27u8, 226u8, 200u8, 155u8, 105u8, 194u8, 176u8, 104u8,
                252u8, 55u8, 141u8, 170u8, 149u8, 43u8, 167u8, 241u8, 99u8, 196u8, 161u8, 22u8,
                40u8, 245u8, 90u8, 77u8, 245u8, 35u8, 179u8, 239u8,
            ],
            [
                248u8, 225u8, 161u8, 90u8, 186u8, 147u8, 152u8, 224u8, 25u8, 240u8, 180u8, 157u8,
                241u8, 164u8, 253u8, 233u8, 142u8, 225u8, 122u8, 227u8, 69u8, 203u8, 95u8, 107u8,
                94u8, 44u8, 39u8, 245u8, 3u8, 62u8, 140u8, 231u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ImageDelivered),
            ::core::stringify!(ApprovalForAll),
            ::core::stringify!(FulfilmentSkipped),
            ::core::stringify!(PlaceholderImageSet),
            ::core::stringify!(AgentSet),
            ::core::stringify!(OwnershipTransferStarted),
            ::core::stringify!(Unpaused),
            ::core::stringify!(TierSet),
            ::core::stringify!(Paused),
            ::core::stringify!(BatchMetadataUpdate),
            ::core::stringify!(Refunded),
            ::core::stringify!(MetadataBaseURISet),
            ::core::stringify!(OwnershipTransferred),
            ::core::stringify!(Approval),
            ::core::stringify!(ContractURIUpdated),
            ::core::stringify!(ImageRequested),
            ::core::stringify!(SurplusWithdrawn),
            ::core::stringify!(PaymentCredited),
            ::core::stringify!(Claimed),
            ::core::stringify!(Transfer),
            ::core::stringify!(MetadataUpdate),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ImageDelivered as alloy_sol_types::SolEvent>::SIGNATURE,
            <ApprovalForAll as alloy_sol_types::SolEvent>::SIGNATURE,
            <FulfilmentSkipped as alloy_sol_types::SolEvent>::SIGNATURE,
            <PlaceholderImageSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <AgentSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferStarted as alloy_sol_types::SolEvent>::SIGNATURE,
            <Unpaused as alloy_sol_types::SolEvent>::SIGNATURE,
            <TierSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <Paused as alloy_sol_types::SolEvent>::SIGNATURE,
            <BatchMetadataUpdate as alloy_sol_types::SolEvent>::SIGNATURE,
            <Refunded as alloy_sol_types::SolEvent>::SIGNATURE,
            <MetadataBaseURISet as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <Approval as alloy_sol_types::SolEvent>::SIGNATURE,
            <ContractURIUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <ImageRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <SurplusWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <PaymentCredited as alloy_sol_types::SolEvent>::SIGNATURE,
            <Claimed as alloy_sol_types::SolEvent>::SIGNATURE,
            <Transfer as alloy_sol_types::SolEvent>::SIGNATURE,
            <MetadataUpdate as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 32usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for GenImNFTEvents {
        const NAME: &'static str = "GenImNFTEvents";
        const COUNT: usize = 21usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<AgentSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AgentSet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::AgentSet)
                }
                Some(<Approval as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Approval as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Approval)
                }
                Some(<ApprovalForAll as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ApprovalForAll as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ApprovalForAll)
                }
                Some(<BatchMetadataUpdate as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <BatchMetadataUpdate as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::BatchMetadataUpdate)
                }
                Some(<Claimed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Claimed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Claimed)
                }
                Some(<ContractURIUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ContractURIUpdated as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ContractURIUpdated)
                }
                Some(<FulfilmentSkipped as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FulfilmentSkipped as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::FulfilmentSkipped)
                }
                Some(<ImageDelivered as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ImageDelivered as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ImageDelivered)
                }
                Some(<ImageRequested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ImageRequested as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ImageRequested)
                }
                Some(<MetadataBaseURISet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <MetadataBaseURISet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::MetadataBaseURISet)
                }
                Some(<MetadataUpdate as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <MetadataUpdate as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::MetadataUpdate)
                }
                Some(<OwnershipTransferStarted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OwnershipTransferStarted as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::OwnershipTransferStarted)
                }
                Some(<OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::OwnershipTransferred)
                }
                Some(<Paused as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Paused as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Paused)
                }
                Some(<PaymentCredited as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PaymentCredited as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::PaymentCredited)
                }
                Some(<PlaceholderImageSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PlaceholderImageSet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::PlaceholderImageSet)
                }
                Some(<Refunded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Refunded as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Refunded)
                }
                Some(<SurplusWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SurplusWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::SurplusWithdrawn)
                }
                Some(<TierSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TierSet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::TierSet)
                }
                Some(<Transfer as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Transfer as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Transfer)
                }
                Some(<Unpaused as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Unpaused as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Unpaused)
                }
                _ => alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                    name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                    log: alloy_sol_types::private::Box::new(
                        alloy_sol_types::private::LogData::new_unchecked(
                            topics.to_vec(),
                            data.to_vec().into(),
                        ),
                    ),
                }),
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for GenImNFTEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AgentSet(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Approval(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::ApprovalForAll(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::BatchMetadataUpdate(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Claimed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::ContractURIUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::FulfilmentSkipped(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ImageDelivered(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ImageRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::MetadataBaseURISet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::MetadataUpdate(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnershipTransferStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Paused(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::PaymentCredited(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::PlaceholderImageSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Refunded(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::SurplusWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TierSet(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Transfer(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Unpaused(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AgentSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Approval(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ApprovalForAll(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::BatchMetadataUpdate(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Claimed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::ContractURIUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::FulfilmentSkipped(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ImageDelivered(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ImageRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::MetadataBaseURISet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::MetadataUpdate(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnershipTransferStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Paused(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::PaymentCredited(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::PlaceholderImageSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Refunded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SurplusWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TierSet(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Transfer(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Unpaused(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`GenImNFT`](self) contract instance.

    See the [wrapper's documentation](`GenImNFTInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> GenImNFTInstance<P, N> {
        GenImNFTInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        initialOwner: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<GenImNFTInstance<P, N>>> {
        GenImNFTInstance::<P, N>::deploy(__provider, initialOwner)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
    and constructor arguments, if any.

    This is a simple wrapper around creating a `RawCallBuilder` with the data set to
    the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        initialOwner: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        GenImNFTInstance::<P, N>::deploy_builder(__provider, initialOwner)
    }
    /**A [`GenImNFT`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`GenImNFT`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct GenImNFTInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for GenImNFTInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("GenImNFTInstance")
                .field(&self.address)
                .finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        GenImNFTInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`GenImNFT`](self) contract instance.

        See the [wrapper's documentation](`GenImNFTInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

        Returns a new instance of the contract, if the deployment was successful.

        For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            initialOwner: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<GenImNFTInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, initialOwner);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
        and constructor arguments, if any.

        This is a simple wrapper around creating a `RawCallBuilder` with the data set to
        the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            initialOwner: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall { initialOwner })
                        [..],
                ]
                .concat()
                .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> GenImNFTInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> GenImNFTInstance<P, N> {
            GenImNFTInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        GenImNFTInstance<P, N>
    {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`MAX_PRICE`] function.
        pub fn MAX_PRICE(&self) -> alloy_contract::SolCallBuilder<&P, MAX_PRICECall, N> {
            self.call_builder(&MAX_PRICECall)
        }
        ///Creates a new call builder for the [`MAX_PROMPT_BYTES`] function.
        pub fn MAX_PROMPT_BYTES(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_PROMPT_BYTESCall, N> {
            self.call_builder(&MAX_PROMPT_BYTESCall)
        }
        ///Creates a new call builder for the [`MAX_WINDOW`] function.
        pub fn MAX_WINDOW(&self) -> alloy_contract::SolCallBuilder<&P, MAX_WINDOWCall, N> {
            self.call_builder(&MAX_WINDOWCall)
        }
        ///Creates a new call builder for the [`acceptOwnership`] function.
        pub fn acceptOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, acceptOwnershipCall, N> {
            self.call_builder(&acceptOwnershipCall)
        }
        ///Creates a new call builder for the [`agentFirstTokenId`] function.
        pub fn agentFirstTokenId(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, agentFirstTokenIdCall, N> {
            self.call_builder(&agentFirstTokenIdCall { account })
        }
        ///Creates a new call builder for the [`approve`] function.
        pub fn approve(
            &self,
            account: alloy::sol_types::private::Address,
            id: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, approveCall, N> {
            self.call_builder(&approveCall { account, id })
        }
        ///Creates a new call builder for the [`balanceOf`] function.
        pub fn balanceOf(
            &self,
            owner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, balanceOfCall, N> {
            self.call_builder(&balanceOfCall { owner })
        }
        ///Creates a new call builder for the [`claim`] function.
        pub fn claim(&self) -> alloy_contract::SolCallBuilder<&P, claimCall, N> {
            self.call_builder(&claimCall)
        }
        ///Creates a new call builder for the [`contractURI`] function.
        pub fn contractURI(&self) -> alloy_contract::SolCallBuilder<&P, contractURICall, N> {
            self.call_builder(&contractURICall)
        }
        ///Creates a new call builder for the [`credits`] function.
        pub fn credits(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, creditsCall, N> {
            self.call_builder(&creditsCall { account })
        }
        ///Creates a new call builder for the [`fulfil`] function.
        pub fn fulfil(
            &self,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
            metadataHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, fulfilCall, N> {
            self.call_builder(&fulfilCall {
                tokenId,
                metadataHash,
            })
        }
        ///Creates a new call builder for the [`fulfilBatch`] function.
        pub fn fulfilBatch(
            &self,
            tokenIds: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            metadataHashes: alloy::sol_types::private::Vec<
                alloy::sol_types::private::FixedBytes<32>,
            >,
        ) -> alloy_contract::SolCallBuilder<&P, fulfilBatchCall, N> {
            self.call_builder(&fulfilBatchCall {
                tokenIds,
                metadataHashes,
            })
        }
        ///Creates a new call builder for the [`getApproved`] function.
        pub fn getApproved(
            &self,
            id: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, getApprovedCall, N> {
            self.call_builder(&getApprovedCall { id })
        }
        ///Creates a new call builder for the [`isAgent`] function.
        pub fn isAgent(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isAgentCall, N> {
            self.call_builder(&isAgentCall { account })
        }
        ///Creates a new call builder for the [`isApprovedForAll`] function.
        pub fn isApprovedForAll(
            &self,
            owner: alloy::sol_types::private::Address,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isApprovedForAllCall, N> {
            self.call_builder(&isApprovedForAllCall { owner, operator })
        }
        ///Creates a new call builder for the [`metadataBaseURI`] function.
        pub fn metadataBaseURI(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, metadataBaseURICall, N> {
            self.call_builder(&metadataBaseURICall)
        }
        ///Creates a new call builder for the [`mint`] function.
        pub fn mint(
            &self,
            prompt: alloy::sol_types::private::String,
            tier: u8,
        ) -> alloy_contract::SolCallBuilder<&P, mintCall, N> {
            self.call_builder(&mintCall { prompt, tier })
        }
        ///Creates a new call builder for the [`name`] function.
        pub fn name(&self) -> alloy_contract::SolCallBuilder<&P, nameCall, N> {
            self.call_builder(&nameCall)
        }
        ///Creates a new call builder for the [`owner`] function.
        pub fn owner(&self) -> alloy_contract::SolCallBuilder<&P, ownerCall, N> {
            self.call_builder(&ownerCall)
        }
        ///Creates a new call builder for the [`ownerOf`] function.
        pub fn ownerOf(
            &self,
            id: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, ownerOfCall, N> {
            self.call_builder(&ownerOfCall { id })
        }
        ///Creates a new call builder for the [`pause`] function.
        pub fn pause(&self) -> alloy_contract::SolCallBuilder<&P, pauseCall, N> {
            self.call_builder(&pauseCall)
        }
        ///Creates a new call builder for the [`paused`] function.
        pub fn paused(&self) -> alloy_contract::SolCallBuilder<&P, pausedCall, N> {
            self.call_builder(&pausedCall)
        }
        ///Creates a new call builder for the [`pendingEscrow`] function.
        pub fn pendingEscrow(&self) -> alloy_contract::SolCallBuilder<&P, pendingEscrowCall, N> {
            self.call_builder(&pendingEscrowCall)
        }
        ///Creates a new call builder for the [`pendingOwner`] function.
        pub fn pendingOwner(&self) -> alloy_contract::SolCallBuilder<&P, pendingOwnerCall, N> {
            self.call_builder(&pendingOwnerCall)
        }
        ///Creates a new call builder for the [`placeholderImage`] function.
        pub fn placeholderImage(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, placeholderImageCall, N> {
            self.call_builder(&placeholderImageCall)
        }
        ///Creates a new call builder for the [`refund`] function.
        pub fn refund(
            &self,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, refundCall, N> {
            self.call_builder(&refundCall { tokenId })
        }
        ///Creates a new call builder for the [`renounceOwnership`] function.
        pub fn renounceOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, renounceOwnershipCall, N> {
            self.call_builder(&renounceOwnershipCall)
        }
        ///Creates a new call builder for the [`request`] function.
        pub fn request(
            &self,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, requestCall, N> {
            self.call_builder(&requestCall { tokenId })
        }
        ///Creates a new call builder for the [`royaltyInfo`] function.
        pub fn royaltyInfo(
            &self,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
            salePrice: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, royaltyInfoCall, N> {
            self.call_builder(&royaltyInfoCall { tokenId, salePrice })
        }
        ///Creates a new call builder for the [`safeTransferFrom_0`] function.
        pub fn safeTransferFrom_0(
            &self,
            from: alloy::sol_types::private::Address,
            to: alloy::sol_types::private::Address,
            id: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, safeTransferFrom_0Call, N> {
            self.call_builder(&safeTransferFrom_0Call { from, to, id })
        }
        ///Creates a new call builder for the [`safeTransferFrom_1`] function.
        pub fn safeTransferFrom_1(
            &self,
            from: alloy::sol_types::private::Address,
            to: alloy::sol_types::private::Address,
            id: alloy::sol_types::private::primitives::aliases::U256,
            data: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, safeTransferFrom_1Call, N> {
            self.call_builder(&safeTransferFrom_1Call { from, to, id, data })
        }
        ///Creates a new call builder for the [`setAgent`] function.
        pub fn setAgent(
            &self,
            agent: alloy::sol_types::private::Address,
            authorized: bool,
        ) -> alloy_contract::SolCallBuilder<&P, setAgentCall, N> {
            self.call_builder(&setAgentCall { agent, authorized })
        }
        ///Creates a new call builder for the [`setApprovalForAll`] function.
        pub fn setApprovalForAll(
            &self,
            operator: alloy::sol_types::private::Address,
            isApproved: bool,
        ) -> alloy_contract::SolCallBuilder<&P, setApprovalForAllCall, N> {
            self.call_builder(&setApprovalForAllCall {
                operator,
                isApproved,
            })
        }
        ///Creates a new call builder for the [`setContractURI`] function.
        pub fn setContractURI(
            &self,
            uri: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, setContractURICall, N> {
            self.call_builder(&setContractURICall { uri })
        }
        ///Creates a new call builder for the [`setDefaultRoyalty`] function.
        pub fn setDefaultRoyalty(
            &self,
            receiver: alloy::sol_types::private::Address,
            feeBps: alloy::sol_types::private::primitives::aliases::U96,
        ) -> alloy_contract::SolCallBuilder<&P, setDefaultRoyaltyCall, N> {
            self.call_builder(&setDefaultRoyaltyCall { receiver, feeBps })
        }
        ///Creates a new call builder for the [`setMetadataBaseURI`] function.
        pub fn setMetadataBaseURI(
            &self,
            baseURI: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, setMetadataBaseURICall, N> {
            self.call_builder(&setMetadataBaseURICall { baseURI })
        }
        ///Creates a new call builder for the [`setPlaceholderImage`] function.
        pub fn setPlaceholderImage(
            &self,
            image: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, setPlaceholderImageCall, N> {
            self.call_builder(&setPlaceholderImageCall { image })
        }
        ///Creates a new call builder for the [`setTier`] function.
        pub fn setTier(
            &self,
            tier: u8,
            price: alloy::sol_types::private::primitives::aliases::U256,
            window: u32,
        ) -> alloy_contract::SolCallBuilder<&P, setTierCall, N> {
            self.call_builder(&setTierCall {
                tier,
                price,
                window,
            })
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(&supportsInterfaceCall { interfaceId })
        }
        ///Creates a new call builder for the [`surplus`] function.
        pub fn surplus(&self) -> alloy_contract::SolCallBuilder<&P, surplusCall, N> {
            self.call_builder(&surplusCall)
        }
        ///Creates a new call builder for the [`symbol`] function.
        pub fn symbol(&self) -> alloy_contract::SolCallBuilder<&P, symbolCall, N> {
            self.call_builder(&symbolCall)
        }
        ///Creates a new call builder for the [`tiers`] function.
        pub fn tiers(&self, tier: u8) -> alloy_contract::SolCallBuilder<&P, tiersCall, N> {
            self.call_builder(&tiersCall { tier })
        }
        ///Creates a new call builder for the [`tokenURI`] function.
        pub fn tokenURI(
            &self,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, tokenURICall, N> {
            self.call_builder(&tokenURICall { tokenId })
        }
        ///Creates a new call builder for the [`totalCredits`] function.
        pub fn totalCredits(&self) -> alloy_contract::SolCallBuilder<&P, totalCreditsCall, N> {
            self.call_builder(&totalCreditsCall)
        }
        ///Creates a new call builder for the [`totalMinted`] function.
        pub fn totalMinted(&self) -> alloy_contract::SolCallBuilder<&P, totalMintedCall, N> {
            self.call_builder(&totalMintedCall)
        }
        ///Creates a new call builder for the [`transferFrom`] function.
        pub fn transferFrom(
            &self,
            from: alloy::sol_types::private::Address,
            to: alloy::sol_types::private::Address,
            id: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, transferFromCall, N> {
            self.call_builder(&transferFromCall { from, to, id })
        }
        ///Creates a new call builder for the [`transferOwnership`] function.
        pub fn transferOwnership(
            &self,
            newOwner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, transferOwnershipCall, N> {
            self.call_builder(&transferOwnershipCall { newOwner })
        }
        ///Creates a new call builder for the [`unpause`] function.
        pub fn unpause(&self) -> alloy_contract::SolCallBuilder<&P, unpauseCall, N> {
            self.call_builder(&unpauseCall)
        }
        ///Creates a new call builder for the [`withdrawSurplus`] function.
        pub fn withdrawSurplus(
            &self,
            to: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawSurplusCall, N> {
            self.call_builder(&withdrawSurplusCall { to })
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        GenImNFTInstance<P, N>
    {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`AgentSet`] event.
        pub fn AgentSet_filter(&self) -> alloy_contract::Event<&P, AgentSet, N> {
            self.event_filter::<AgentSet>()
        }
        ///Creates a new event filter for the [`Approval`] event.
        pub fn Approval_filter(&self) -> alloy_contract::Event<&P, Approval, N> {
            self.event_filter::<Approval>()
        }
        ///Creates a new event filter for the [`ApprovalForAll`] event.
        pub fn ApprovalForAll_filter(&self) -> alloy_contract::Event<&P, ApprovalForAll, N> {
            self.event_filter::<ApprovalForAll>()
        }
        ///Creates a new event filter for the [`BatchMetadataUpdate`] event.
        pub fn BatchMetadataUpdate_filter(
            &self,
        ) -> alloy_contract::Event<&P, BatchMetadataUpdate, N> {
            self.event_filter::<BatchMetadataUpdate>()
        }
        ///Creates a new event filter for the [`Claimed`] event.
        pub fn Claimed_filter(&self) -> alloy_contract::Event<&P, Claimed, N> {
            self.event_filter::<Claimed>()
        }
        ///Creates a new event filter for the [`ContractURIUpdated`] event.
        pub fn ContractURIUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, ContractURIUpdated, N> {
            self.event_filter::<ContractURIUpdated>()
        }
        ///Creates a new event filter for the [`FulfilmentSkipped`] event.
        pub fn FulfilmentSkipped_filter(&self) -> alloy_contract::Event<&P, FulfilmentSkipped, N> {
            self.event_filter::<FulfilmentSkipped>()
        }
        ///Creates a new event filter for the [`ImageDelivered`] event.
        pub fn ImageDelivered_filter(&self) -> alloy_contract::Event<&P, ImageDelivered, N> {
            self.event_filter::<ImageDelivered>()
        }
        ///Creates a new event filter for the [`ImageRequested`] event.
        pub fn ImageRequested_filter(&self) -> alloy_contract::Event<&P, ImageRequested, N> {
            self.event_filter::<ImageRequested>()
        }
        ///Creates a new event filter for the [`MetadataBaseURISet`] event.
        pub fn MetadataBaseURISet_filter(
            &self,
        ) -> alloy_contract::Event<&P, MetadataBaseURISet, N> {
            self.event_filter::<MetadataBaseURISet>()
        }
        ///Creates a new event filter for the [`MetadataUpdate`] event.
        pub fn MetadataUpdate_filter(&self) -> alloy_contract::Event<&P, MetadataUpdate, N> {
            self.event_filter::<MetadataUpdate>()
        }
        ///Creates a new event filter for the [`OwnershipTransferStarted`] event.
        pub fn OwnershipTransferStarted_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnershipTransferStarted, N> {
            self.event_filter::<OwnershipTransferStarted>()
        }
        ///Creates a new event filter for the [`OwnershipTransferred`] event.
        pub fn OwnershipTransferred_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnershipTransferred, N> {
            self.event_filter::<OwnershipTransferred>()
        }
        ///Creates a new event filter for the [`Paused`] event.
        pub fn Paused_filter(&self) -> alloy_contract::Event<&P, Paused, N> {
            self.event_filter::<Paused>()
        }
        ///Creates a new event filter for the [`PaymentCredited`] event.
        pub fn PaymentCredited_filter(&self) -> alloy_contract::Event<&P, PaymentCredited, N> {
            self.event_filter::<PaymentCredited>()
        }
        ///Creates a new event filter for the [`PlaceholderImageSet`] event.
        pub fn PlaceholderImageSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, PlaceholderImageSet, N> {
            self.event_filter::<PlaceholderImageSet>()
        }
        ///Creates a new event filter for the [`Refunded`] event.
        pub fn Refunded_filter(&self) -> alloy_contract::Event<&P, Refunded, N> {
            self.event_filter::<Refunded>()
        }
        ///Creates a new event filter for the [`SurplusWithdrawn`] event.
        pub fn SurplusWithdrawn_filter(&self) -> alloy_contract::Event<&P, SurplusWithdrawn, N> {
            self.event_filter::<SurplusWithdrawn>()
        }
        ///Creates a new event filter for the [`TierSet`] event.
        pub fn TierSet_filter(&self) -> alloy_contract::Event<&P, TierSet, N> {
            self.event_filter::<TierSet>()
        }
        ///Creates a new event filter for the [`Transfer`] event.
        pub fn Transfer_filter(&self) -> alloy_contract::Event<&P, Transfer, N> {
            self.event_filter::<Transfer>()
        }
        ///Creates a new event filter for the [`Unpaused`] event.
        pub fn Unpaused_filter(&self) -> alloy_contract::Event<&P, Unpaused, N> {
            self.event_filter::<Unpaused>()
        }
    }
}
